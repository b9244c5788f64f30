import Foundation
import RapportBase
import RapportSyntax

/// How dates are written in an export.
public enum DateOrder: String, Sendable, CaseIterable {
    /// Decide per column: ISO dates are always read; slash dates by the reading that fits
    /// every value, and an error when both fit (03/04/2017).
    case auto
    case iso
    /// M/D/YYYY (United States).
    case mdy
    /// D/M/YYYY (most of Europe).
    case dmy
}

/// Reading the values of CRM exports: dates in several orders, money written as text.
public enum ImportValues {
    /// The parts of a slash (or dot) date, or nil. A time after the date is ignored.
    package static func slashParts(_ text: String) -> (Int, Int, Int)? {
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return (a, b, year)
    }

    /// An ISO date, with an optional time after it (`2017-03-01 10:00`, `2017-03-01T10:00:00Z`).
    package static func iso(_ text: String) -> CalendarDate? {
        guard text.count >= 10 else { return nil }
        let head = text.prefix(10)
        guard text.count == 10 || [" ", "T"].contains(text[text.index(text.startIndex, offsetBy: 10)]) else { return nil }
        return CalendarDate(iso: head)
    }

    /// `text` as a date in `order`; `.auto` reads only ISO here (columns decide slash dates).
    package static func date(_ text: String, order: DateOrder) -> CalendarDate? {
        if let date = iso(text) { return date }
        guard let (a, b, year) = slashParts(text) else { return nil }
        switch order {
        case .iso, .auto: return nil
        case .mdy: return CalendarDate(year: year, month: a, day: b)
        case .dmy: return CalendarDate(year: year, month: b, day: a)
        }
    }

    /// The order that reads every slash date of a column: `.mdy` or `.dmy` when only one fits,
    /// nil when both fit every value (ambiguous) or when there is none.
    package static func decideOrder(_ values: [String]) -> (order: DateOrder?, ambiguous: String?) {
        var mdy = true
        var dmy = true
        var sample: String?
        for value in values where iso(value) == nil {
            guard let (a, b, year) = slashParts(value) else { continue }
            let asMDY = CalendarDate(year: year, month: a, day: b) != nil
            let asDMY = CalendarDate(year: year, month: b, day: a) != nil
            // A value no reading fits (13/45/2027) is reported on its own; it decides nothing.
            guard asMDY || asDMY else { continue }
            sample = sample ?? value
            if !asMDY { mdy = false }
            if !asDMY { dmy = false }
        }
        guard let sample else { return (nil, nil) }
        switch (mdy, dmy) {
        case (true, false): return (.mdy, nil)
        case (false, true): return (.dmy, nil)
        case (true, true): return (nil, sample)
        case (false, false): return (nil, nil)
        }
    }

    /// Money written as text: `$1,234.00`, `1.234,00 €`, `EUR 1 234`, `(500)` for −500.
    /// With both separators the last one is the decimal mark; a lone separator is the decimal
    /// mark when `decimalComma` says so for commas, or when it is followed by other than
    /// exactly three digits.
    public static func money(_ text: String, decimalComma: Bool = false) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces)
        var negative = false
        if body.hasPrefix("(") && body.hasSuffix(")") {
            negative = true
            body = String(body.dropFirst().dropLast())
        }
        for code in ["USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD"] {
            body = body.replacingOccurrences(of: code, with: "")
        }
        body = String(body.filter { !["$", "€", "£", "¥", " ", "\u{A0}", "\u{202F}", "'"].contains($0) })
        if body.hasPrefix("-") {
            negative.toggle()
            body.removeFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
        let lastComma = body.lastIndex(of: ",")
        let lastDot = body.lastIndex(of: ".")
        var decimal: Character?
        switch (lastComma, lastDot) {
        case let (comma?, dot?): decimal = comma > dot ? "," : "."
        case let (comma?, nil):
            let digitsAfter = body.distance(from: body.index(after: comma), to: body.endIndex)
            let commas = body.filter { $0 == "," }.count
            decimal = decimalComma || (digitsAfter != 3 && commas == 1) ? "," : nil
        case let (nil, dot?):
            let digitsAfter = body.distance(from: body.index(after: dot), to: body.endIndex)
            let dots = body.filter { $0 == "." }.count
            decimal = !decimalComma || (digitsAfter != 3 && dots == 1) ? "." : nil
        case (nil, nil): decimal = nil
        }
        var normalized = ""
        for character in body {
            if character == decimal { normalized.append(".") } else if character.isNumber { normalized.append(character) }
        }
        guard let value = Double(normalized) else { return nil }
        return negative ? -value : value
    }

    /// A lower-case id from a name: `Acme Corp.` → `acme-corp`.
    public static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}
