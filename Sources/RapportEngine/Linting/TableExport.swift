import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// A portfolio as the rows of ``RelationalLayout``'s tables, read through the same field readers
/// the rules use, so a table holds what a rule would read: `rapport export --tables`.
public enum TableExport {
    /// The data rows of `files` (each file's lines but its header).
    public static func rowCount(_ files: [(table: String, text: String)]) -> Int {
        files.reduce(0) { $0 + $1.text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } - 1 }
    }

    /// Each table's CSV text (a header of its column names, then one line per row; RFC 4180
    /// quoting, values as written in the portfolio format), in the layout's order.
    public static func csv(_ portfolio: Portfolio) -> [(table: String, text: String)] {
        let runtime = Runtime(portfolio: portfolio, today: portfolio.asOf, params: [:], definitionCount: 0)
        defer { runtime.definitions.release() }
        let compiler = Compiler(runtime: runtime, checked: CheckedRuleSet())
        let formatter = ValueFormatter(portfolio: portfolio)
        func read(_ entity: EntityType, _ field: String, _ index: Int32) -> Value {
            compiler.fieldAccessor(entity, field)?(index) ?? .missing
        }
        func cell(_ value: Value) -> String {
            switch value {
            case .missing: ""
            case .number(let number): JSONWriter.format(number)
            case .bool(let flag): flag ? "true" : "false"
            case .text(let text): text
            case .date(let date): date.description
            case .period(let period): period.description
            case .entity(let type, let index): formatter.id(of: type, index)
            default: ""
            }
        }
        /// The id of the record that holds `index` of `entity` (the account of a contact, the
        /// deal of a proposal).
        func parentID(_ entity: EntityType, _ index: Int32) -> String {
            switch entity {
            case .action:
                guard case .entity(_, let plan) = read(.action, "plan", index) else { return "" }
                return cell(read(.growthPlan, "account", plan))
            case .proposal: return cell(read(.proposal, "opportunity", index))
            default: return cell(read(entity, "account", index))
            }
        }
        var result: [(table: String, text: String)] = []
        for table in RelationalLayout.tables {
            var lines = [table.columns.map(\.name)]
            switch table.rows {
            case .portfolio:
                lines.append([portfolio.asOf.description, portfolio.currency.map { portfolio.string($0) } ?? "",
                              String(portfolio.fiscalYearStart), portfolio.string(portfolio.team.name),
                              portfolio.team.manager.map { portfolio.string($0) } ?? ""])
            case .entity(let entity):
                var positions: [String: Int] = [:]
                for index in 0..<Int32(portfolio.count(of: entity)) {
                    // A deal without a proposal has no proposal row.
                    if entity == .proposal && read(.opportunity, "proposal", index).isMissing { continue }
                    var row: [String] = []
                    var parent = ""
                    for column in table.columns {
                        if let field = column.field {
                            row.append(cell(read(field.entity, field.name, index)))
                        } else if column.name == "ordinal" {
                            row.append(String(index))
                        } else if column.name == "position" {
                            row.append(String(positions[parent, default: 0]))
                            positions[parent, default: 0] += 1
                        } else {
                            parent = parentID(entity, index)
                            row.append(parent)
                        }
                    }
                    lines.append(row)
                }
            case .links(let entity, let field):
                for index in 0..<Int32(portfolio.count(of: entity)) {
                    let owner = cell(read(entity, "id", index))
                    for linked in read(entity, field, index).elements ?? [] { lines.append([owner, cell(linked)]) }
                }
            case .values(let entity, let field):
                for index in 0..<Int32(portfolio.count(of: entity)) {
                    let owner = entity == .growthPlan ? cell(read(.growthPlan, "account", index)) : cell(read(entity, "id", index))
                    for (position, value) in (read(entity, field, index).elements ?? []).enumerated() {
                        lines.append([owner, String(position), cell(value)])
                    }
                }
            case .customFields:
                for account in portfolio.accounts {
                    let id = portfolio.string(account.id)
                    for custom in portfolio.customFields[account.fields.range] {
                        switch custom.value {
                        case .text(let ref): lines.append([id, portfolio.string(custom.key), portfolio.string(ref), "", ""])
                        case .number(let number): lines.append([id, portfolio.string(custom.key), "", JSONWriter.format(number), ""])
                        case .boolean(let flag): lines.append([id, portfolio.string(custom.key), "", "", flag ? "true" : "false"])
                        }
                    }
                }
            }
            result.append((table.name, lines.map { $0.map(field).joined(separator: ",") + "\n" }.joined()))
        }
        return result
    }

    /// One CSV field: quoted when it holds a comma, a quote or a line break (the data is kept as
    /// it is, for a warehouse to load).
    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
