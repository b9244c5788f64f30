import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Turns values into the words a manager reads: `€120,000`, `25%`, `2 Jul 2026`, `A, B and C`.
public struct ValueFormatter: Sendable {
    package let portfolio: Portfolio
    package let currency: String?

    package init(portfolio: Portfolio) {
        self.portfolio = portfolio
        self.currency = portfolio.string(portfolio.currency)
    }

    package static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `value` written for people, in the hole format `format` (`money`, `percent`, `number`,
    /// `date`, `list`) or by its own kind when there is none.
    public func format(_ value: Value, as format: String? = nil) -> String {
        switch (value, format) {
        case (.missing, "date"): return "never"
        case (.missing, _): return "none"
        case (.number(let n), "money"): return money(n)
        case (.number(let n), "percent"): return percent(n)
        case (.number(let n), _): return number(n)
        case (.date(let d), _): return date(d)
        case (.text(let t), _): return t
        case (.bool(let b), _): return b ? "yes" : "no"
        case (.duration(let d), _): return d.description
        case (.period(let p), _): return p.description
        case (.entity(let type, let index), _): return name(of: type, index)
        case (.list, _), (.entities, _):
            let words = (value.elements ?? []).map { self.format($0, as: format == "list" ? nil : format) }
            return ValueFormatter.sentenceList(ValueFormatter.countingRepeats(words))
        }
    }

    /// Words that repeat are said once, in the place of the first, with how often: two deals
    /// both called "Pilot" read "Pilot (twice)", never "Pilot and Pilot".
    package static func countingRepeats(_ words: [String]) -> [String] {
        // Most lists hold one or two words: no table for them.
        if words.count < 2 || (words.count == 2 && words[0] != words[1]) { return words }
        var counts: [String: Int] = [:]
        for word in words { counts[word, default: 0] += 1 }
        if counts.count == words.count { return words }
        var said = Set<String>()
        return words.compactMap { word in
            guard said.insert(word).inserted else { return nil }
            switch counts[word] ?? 1 {
            case 1: return word
            case 2: return word + " (twice)"
            case let n: return word + " (\(n) times)"
            }
        }
    }

    /// "A", "A and B", "A, B and C"; "none" for an empty list.
    package static func sentenceList(_ words: [String]) -> String {
        switch words.count {
        case 0: return "none"
        case 1: return words[0]
        default: return words.dropLast().joined(separator: ", ") + " and " + words.last!
        }
    }

    /// `27 Nov 2026`, written as bytes (every finding about a date has one).
    package func date(_ d: CalendarDate) -> String {
        let (year, month, day) = d.components
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = buffer.count
            position = NumberText.digits(Int64(year), grouped: false, into: buffer, before: position)
            buffer[position - 1] = 0x20
            position -= 1
            for byte in ValueFormatter.months[month - 1].utf8.reversed() {
                position -= 1
                buffer[position] = byte
            }
            buffer[position - 1] = 0x20
            position = NumberText.digits(Int64(day), grouped: false, into: buffer, before: position - 1)
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    /// Thousands separated, at most two decimals.
    package func number(_ n: Double) -> String {
        if n == n.rounded() && abs(n) < 1e15 { return NumberText.grouped(Int64(n)) }
        var text = String(format: "%.2f", n)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        guard n.isFinite else { return n.isNaN ? "not a number" : n < 0 ? "-infinity" : "infinity" }
        let parts = text.split(separator: ".", maxSplits: 1)
        // Grouped as digits, not through Int64: a number of 2^63 or more prints in full.
        return NumberText.grouped(digits: parts[0]) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Currency symbol (or code), thousands separators, no decimals.
    package func money(_ n: Double) -> String { Self.money(n, currency: currency) }

    /// `amount` with the symbol (or code) of `currency`.
    package static func money(_ n: Double, currency: String?) -> String {
        let symbol: String? = switch currency {
        case "EUR": "€"
        case "USD": "$"
        case "GBP": "£"
        case nil: nil
        case let code?: code + " "
        }
        // Beyond what 64 bits hold, whole units in plain digits.
        guard abs(n) < 9e18 else { return (n < 0 ? "-" : "") + (symbol ?? "") + String(format: "%.0f", abs(n)) }
        // Written as bytes: joining `String`s around "€" checks where characters begin.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            var position = NumberText.digits(Int64(abs(n).rounded()), grouped: true, into: buffer, before: buffer.count)
            if let symbol {
                let bytes = symbol.utf8
                guard bytes.count <= position - 1 else { return (n < 0 ? "-" : "") + symbol + NumberText.grouped(Int64(abs(n).rounded())) }
                for byte in bytes.reversed() {
                    position -= 1
                    buffer[position] = byte
                }
            }
            if n < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    package func percent(_ n: Double) -> String {
        let value = n * 100
        if abs(value) >= 9e18 { return String(format: "%.0f", value) + "%" }
        if value == value.rounded() || abs(value) >= 10 { return "\(Int64(value.rounded()))%" }
        return number((value * 10).rounded() / 10) + "%"
    }

    /// How an entity is named in advice: its name, or what stands for one.
    public func name(of type: EntityType, _ index: Int32) -> String {
        let p = portfolio
        let i = Int(index)
        switch type {
        case .account: return p.string(p.accounts[i].name)
        case .rep: return p.string(p.reps[i].name)
        case .lead: return p.string(p.leads[i].name)
        case .opportunity: return p.string(p.opportunities[i].name)
        case .contact: return p.string(p.contacts[i].name)
        case .activity:
            let activity = p.activities[i]
            return p.string(activity.summary) ?? "\(activity.kind.rawValue) on \(date(activity.date))"
        case .team: return p.string(p.team.name)
        case .growthPlan: return "the growth plan of \(p.string(p.accounts[Int(p.growthPlans[i].account)].name))"
        case .proposal: return "the proposal for \(p.string(p.opportunities[i].name))"
        case .revenue: return "\(p.revenue[i].period)"
        case .action: return p.string(p.planActions[i].what)
        }
    }

    /// The id shown for a subject (the team has none: its name).
    public func id(of type: EntityType, _ index: Int32) -> String {
        let p = portfolio
        let i = Int(index)
        switch type {
        case .account: return p.string(p.accounts[i].id)
        case .rep: return p.string(p.reps[i].id)
        case .lead: return p.string(p.leads[i].id)
        case .opportunity, .proposal: return p.string(p.opportunities[i].id)
        case .contact: return p.string(p.contacts[i].id)
        case .activity: return p.string(p.activities[i].id)
        case .team: return p.string(p.team.name)
        case .growthPlan: return p.string(p.accounts[Int(p.growthPlans[i].account)].id)
        case .revenue: return "\(p.string(p.accounts[Int(p.revenue[i].account)].id)):\(p.revenue[i].period)"
        case .action: return "action-\(i)"
        }
    }
}

extension Compiler {
    package func compileTemplate(_ template: TTemplate) -> @Sendable (inout Frame) -> String {
        let formatter = ValueFormatter(portfolio: runtime.portfolio)
        // Text without holes is the same for every subject.
        if template.parts.allSatisfy({ if case .text = $0 { true } else { false } }) {
            let constant = template.parts.map { part -> String in
                if case .text(let text) = part { return text }
                return ""
            }.joined()
            return { _ in constant }
        }
        var afterHole = false
        let pieces: [TemplatePiece] = template.parts.map { part in
            switch part {
            case .text(let text):
                defer { afterHole = false }
                // `{count(xs)} contact(s)`: the noun right after a number agrees with it.
                if afterHole, let counted = TemplatePiece.counted(Array(text.utf8)) { return counted }
                return .text(Array(text.utf8))
            case .hole(let expr, let format):
                afterHole = true
                switch expr.type {
                case .text where typed, .enumeration where typed:
                    return .textHole(text(expr), missing: format == "date" ? "never" : "none")
                default:
                    return .value(compile(expr), format: format)
                }
            }
        }
        let constantLength = pieces.reduce(0) { total, piece in
            switch piece {
            case .text(let bytes): total + bytes.count
            case .counted(let head, _, let tail): total + head.count + tail.count + 2
            default: total
            }
        }
        return { frame in
            // Built as bytes: appending to a `String` checks grapheme boundaries at each join
            // (a third of a finding's cost), and every piece is whole text anyway.
            var out: [UInt8] = []
            out.reserveCapacity(constantLength + 64)
            var lastNumber: Double?
            for piece in pieces {
                var text: String
                switch piece {
                case .text(let bytes):
                    TemplatePiece.append(bytes, to: &out)
                    continue
                case .counted(let head, let plural, let tail):
                    out.append(contentsOf: head)
                    if lastNumber != 1 { out.append(contentsOf: plural) }
                    out.append(contentsOf: tail)
                    continue
                case .textHole(let read, let missing):
                    text = read(&frame) ?? missing
                    lastNumber = nil
                case .value(let eval, let format):
                    let value = eval(&frame)
                    lastNumber = value.number
                    text = formatter.format(value, as: format)
                }
                text.withUTF8 { out.append(contentsOf: $0) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// One piece of a compiled template (an enum, not a tuple, so its closures are stored as
/// compiled: see ``StoredEval``).
private enum TemplatePiece {
    case text([UInt8])
    /// A text hole, read without a ``Value``; `missing` is what a missing text reads as.
    case textHole(TextEval, missing: String)
    case value(Eval, format: String?)
    /// Text after a hole that starts with a counted noun (`contact(s)`, `touch(es)`): `plural`
    /// is written between `head` and `tail` unless the hole was the number 1.
    case counted(head: [UInt8], plural: [UInt8], tail: [UInt8])

    /// The counted-noun form of `text`, when its first phrase (before any punctuation) holds a
    /// word ending in `(s)` or `(es)`.
    package static func counted(_ text: [UInt8]) -> TemplatePiece? {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "(") {
                for marker in [Array("(s)".utf8), Array("(es)".utf8)] where text[index...].starts(with: marker) {
                    // The marker ends a word: a letter before it, none after it.
                    let letterBefore = index > 0 && Lexer.isWordByte(text[index - 1])
                    let after = index + marker.count
                    guard letterBefore, after == text.count || !Lexer.isWordByte(text[after]) else { return nil }
                    return .counted(head: Array(text[..<index]), plural: Array(marker.dropFirst().dropLast()),
                                    tail: Array(text[after...]))
                }
                return nil
            }
            if [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"), UInt8(ascii: "!"),
                UInt8(ascii: "?")].contains(byte) { return nil }
            index += 1
        }
        return nil
    }

    /// Appends `bytes`, leaving out a period that would double the one a name ended with
    /// (`Jelinek a.s.` then `.`).
    @inline(__always)
    package static func append(_ bytes: [UInt8], to out: inout [UInt8]) {
        if bytes.first == UInt8(ascii: "."), out.last == UInt8(ascii: "."), !bytes.starts(with: Array("..".utf8)) {
            out.append(contentsOf: bytes.dropFirst())
        } else {
            out.append(contentsOf: bytes)
        }
    }
}

extension ValueFormatter {
    /// `template` written with the values of its holes given in order (computed elsewhere: by a
    /// warehouse running the rule's SQL), exactly as a finding's text is written in process:
    /// a counted noun agrees with the number before it, a name's period is not doubled.
    public func render(_ template: TTemplate, holes: [Value]) -> String {
        if template.parts.allSatisfy({ if case .text = $0 { true } else { false } }) {
            return template.parts.map { part -> String in
                if case .text(let text) = part { return text }
                return ""
            }.joined()
        }
        var out: [UInt8] = []
        var values = holes.makeIterator()
        var afterHole = false
        var lastNumber: Double?
        for part in template.parts {
            switch part {
            case .text(let text):
                let bytes = Array(text.utf8)
                if afterHole, case .counted(let head, let plural, let tail)? = TemplatePiece.counted(bytes) {
                    out.append(contentsOf: head)
                    if lastNumber != 1 { out.append(contentsOf: plural) }
                    out.append(contentsOf: tail)
                } else {
                    TemplatePiece.append(bytes, to: &out)
                }
                afterHole = false
            case .hole(_, let format):
                let value = values.next() ?? .missing
                lastNumber = value.number
                afterHole = true
                out.append(contentsOf: Array(self.format(value, as: format).utf8))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
