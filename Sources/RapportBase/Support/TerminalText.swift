/// Control characters from the data made visible before text reaches a terminal: a name holding
/// ESC or BEL could otherwise retitle, clear or ring the user's terminal.
///
/// Each C0 control (U+0000–U+001F), DEL (U+007F) and C1 control (U+0080–U+009F) becomes a
/// visible escape such as `\x1B`; the line break and tab are kept when `keepLayout` is true (a
/// whole report), escaped otherwise (a name or a value on one line). A backslash is left as is:
/// the escapes are for reading, not for parsing back.
public enum TerminalText {
    /// `text` with its control characters escaped (returned unchanged, without copying, when it
    /// has none).
    public static func escaped(_ text: String, keepLayout: Bool = false) -> String {
        guard needsEscaping(text, keepLayout: keepLayout) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar, keepLayout: keepLayout) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    package static func needsEscaping(_ text: String, keepLayout: Bool) -> Bool {
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x20 {
                if keepLayout && (byte == 0x0A || byte == 0x09) { continue }
                return true
            }
            if byte == 0x7F { return true }
            if byte == 0xC2, let next = iterator.next(), (0x80...0x9F).contains(next) { return true }
        }
        return false
    }

    package static func isControl(_ scalar: Unicode.Scalar, keepLayout: Bool) -> Bool {
        let value = scalar.value
        if keepLayout && (value == 0x0A || value == 0x09) { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// `\x1B` for ESC: two hex digits, upper case.
    package static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
