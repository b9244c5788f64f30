/// Whole numbers written for people, with a comma between groups of three digits: the one
/// place every layer (the checker's cost notes, the evaluator's amounts, the reports) writes them.
package enum NumberText {
    /// `value` with a comma between groups of three digits, written right to left into a
    /// buffer on the stack (one of the most frequent formatting steps of a large run).
    package static func grouped(_ value: Int64) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let position = digits(value, grouped: true, into: buffer, before: buffer.count)
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    /// Writes `value` (with a comma between groups of three digits when `grouped`) so that it
    /// ends before `end` in `buffer`, which has room for it (27 bytes hold any Int64 grouped);
    /// returns where it starts.
    package static func digits(_ value: Int64, grouped: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>, before end: Int) -> Int {
        var position = end
        var rest = value.magnitude
        var digits = 0
        repeat {
            if grouped && digits > 0 && digits % 3 == 0 {
                position -= 1
                buffer[position] = UInt8(ascii: ",")
            }
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            digits += 1
        } while rest > 0
        if value < 0 {
            position -= 1
            buffer[position] = UInt8(ascii: "-")
        }
        return position
    }

    /// A whole number written as decimal digits (with an optional sign), grouped by three.
    package static func grouped(digits text: Substring) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = Array(text.drop { $0 == "-" })
        var out = sign
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
