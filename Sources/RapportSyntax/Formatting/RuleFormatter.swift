import RapportBase

/// `rapport fmt`: one canonical layout for rule files. Clause keywords are padded so values
/// line up, clauses come in the grammar's order, declarations are separated by one blank line,
/// long conditions break before `and`/`or`, and every comment is kept next to the clause or
/// declaration it was next to. Formatting formatted text changes nothing.
public struct RuleFormatter {
    package let source: SourceFile
    package let printer: ExprPrinter
    /// Lines longer than this break their condition before `and`/`or`.
    public static let lineWidth = 100

    /// Formats `parsed` (which must have no syntax error).
    public static func format(_ parsed: ParsedFile, source: SourceFile) -> String {
        RuleFormatter(source: source, printer: ExprPrinter(source: source)).render(parsed.ast)
    }

    /// A printable unit comments attach to: a declaration, a clause, or a block's `end`.
    package struct Item {
        package let start: Int
        package var lines: [String]
        package var leading: [String] = []
        package var trailing: [String] = []
    }

    package func render(_ file: RuleFile) -> String {
        var blocks: [[Item]] = file.declarations.map(items)
        // Attach comments: an own-line comment to the next item, a trailing one to the item it follows.
        let starts = blocks.enumerated().flatMap { b, items in items.enumerated().map { (b, $0.offset, $0.element.start) } }
            .sorted { $0.2 < $1.2 }
        var fileEnd: [String] = []
        for comment in file.comments {
            if comment.ownLine {
                if let next = starts.first(where: { $0.2 > comment.span.start }) {
                    blocks[next.0][next.1].leading.append(comment.text)
                } else {
                    fileEnd.append(comment.text)
                }
            } else if let previous = starts.last(where: { $0.2 <= comment.span.start }) {
                blocks[previous.0][previous.1].trailing.append(comment.text)
            } else {
                blocks[0][0].leading.append(comment.text)
            }
        }
        var out: [String] = []
        for (index, block) in blocks.enumerated() {
            // Consecutive one-line imports, params or fields stay together; anything else gets a blank line.
            let together = index > 0 && block.count == 1 && blocks[index - 1].count == 1 && block[0].lines.count == 1
                && blocks[index - 1][0].lines.count == 1 && block[0].leading.isEmpty
                && RuleFormatter.kind(file.declarations[index]) == RuleFormatter.kind(file.declarations[index - 1])
            if !out.isEmpty && !together { out.append("") }
            for item in block {
                let indent = String(item.lines[0].prefix { $0 == " " })
                // Several trailing comments: the last stays at the end, the others go above.
                out += (item.leading + item.trailing.dropLast()).map { indent + $0 }
                var lines = item.lines
                if let last = item.trailing.last { lines[lines.count - 1] += " " + last }
                out += lines
            }
        }
        if !fileEnd.isEmpty {
            if !out.isEmpty { out.append("") }
            out += fileEnd
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    package static func kind(_ declaration: Declaration) -> String {
        switch declaration {
        case .import: "import"
        case .param: "param"
        case .field: "field"
        default: "other"
        }
    }

    package func items(_ declaration: Declaration) -> [Item] {
        switch declaration {
        case .import(let d): return [Item(start: d.span.start, lines: ["import " + source.text(of: d.pathSpan)])]
        case .param(let d): return [Item(start: d.span.start, lines: wrapped("param \(d.name.text) = ", d.value))]
        case .field(let d):
            return [Item(start: d.span.start, lines: ["field \(d.entity.text).\(d.name.text): \(d.type.text)"])]
        case .define(let d):
            let head = d.parameters.map { "define \(d.name.text)(\($0.map(\.text).joined(separator: ", "))) = " }
                ?? "define \(d.qualifiedName) = "
            return [Item(start: d.span.start, lines: wrapped(head, d.body))]
        case .rule(let rule): return ruleItems(rule)
        case .test(let test): return testItems(test)
        }
    }

    /// `head expr` on one line, or `head` then the expression indented on the next when too long.
    package func wrapped(_ head: String, _ expr: Expr) -> [String] {
        let text = printer.print(expr)
        if head.count + text.count <= RuleFormatter.lineWidth { return [head + text] }
        return [String(head.dropLast()), "  " + text]
    }

    package static let clauseOrder = ["title", "severity", "tags", "for", "let", "when", "advise", "because", "to", "priority"]

    package func clause(_ keyword: String, _ value: String) -> String {
        "  " + keyword.padding(toLength: 8, withPad: " ", startingAt: 0) + " " + value
    }

    /// `when` values break before each `and`/`or` of a long top-level chain.
    package func condition(_ keyword: String, _ expr: Expr) -> [String] {
        let text = printer.print(expr)
        let single = clause(keyword, text)
        guard single.count > RuleFormatter.lineWidth, case .logical(let op, let parts) = expr.kind else { return [single] }
        let indent = String(repeating: " ", count: 11)
        return parts.enumerated().map { index, part in
            let printed = printer.print(part, minimum: op == .or ? 3 : 4, closed: index < parts.count - 1)
            return index == 0 ? clause(keyword, printed) : indent + op.rawValue + " " + printed
        }
    }

    package func ruleItems(_ rule: RuleDecl) -> [Item] {
        var items = [Item(start: rule.span.start, lines: ["rule \(rule.id.text)"])]
        var byKeyword: [String: [Int]] = [:]
        for (position, entry) in rule.clauseSpans.enumerated() { byKeyword[entry.keyword, default: []].append(position) }
        var letIndex = 0
        for keyword in RuleFormatter.clauseOrder {
            for position in byKeyword[keyword] ?? [] {
                let start = rule.clauseSpans[position].span.start
                var lines: [String]
                switch keyword {
                case "title": lines = [clause("title", source.text(of: rule.title!.span))]
                case "severity": lines = [clause("severity", rule.severity!.text)]
                case "tags":
                    // Several `tags` clauses merge into the first.
                    guard position == byKeyword["tags"]![0] else { lines = []; break }
                    lines = [clause("tags", rule.tags.map(\.text).joined(separator: ", "))]
                case "for": lines = ["  for each \(rule.subject!.type.text) \(rule.subject!.variable.text)"]
                case "let":
                    let item = rule.lets[letIndex]
                    letIndex += 1
                    lines = [clause("let", "\(item.name.text) = \(printer.print(item.value))")]
                case "when": lines = condition("when", rule.condition!)
                case "advise": lines = [clause("advise", source.text(of: rule.advice!.span))]
                case "because": lines = [clause("because", source.text(of: rule.rationale!.span))]
                case "to": lines = [clause("to", printer.print(rule.coached!))]
                default: lines = condition("priority", rule.priority!)
                }
                if lines.isEmpty {
                    // Comments of a merged `tags` clause stay with the merged line.
                    items.append(Item(start: start, lines: [], leading: [], trailing: []))
                } else {
                    items.append(Item(start: start, lines: lines))
                }
            }
        }
        items = mergeEmpty(items)
        items.append(Item(start: rule.span.end - 3, lines: ["end"]))
        return items
    }

    package func testItems(_ test: TestDecl) -> [Item] {
        var items = [Item(start: test.span.start, lines: ["test \(test.rule.text)"])]
        if let fixture = test.fixture { items.append(Item(start: fixture.span.start, lines: ["  given " + source.text(of: fixture.span)])) }
        for expectation in test.expectations {
            let text: String = switch expectation {
            case .finding(let id, _): "expect finding on \(RuleFormatter.quoted(id))"
            case .noFinding(let id, _): "expect no finding on \(RuleFormatter.quoted(id))"
            case .count(let count, _): "expect \(count) finding\(count == 1 ? "" : "s")"
            }
            items.append(Item(start: expectation.span.start, lines: ["  " + text]))
        }
        items.append(Item(start: test.span.end - 3, lines: ["end"]))
        return items
    }

    package static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Items with no lines (merged clauses) hand their comments to the item before them.
    package func mergeEmpty(_ items: [Item]) -> [Item] {
        var out: [Item] = []
        for item in items {
            if item.lines.isEmpty, !out.isEmpty {
                out[out.count - 1].leading += item.leading
                out[out.count - 1].trailing += item.trailing
            } else if !item.lines.isEmpty {
                out.append(item)
            }
        }
        return out
    }
}
