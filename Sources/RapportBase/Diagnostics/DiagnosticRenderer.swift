/// Renders diagnostics the way rustc does: headline, `-->` location, the source line with a caret
/// underline under the exact span, then `= note:` / `= help:` lines.
public struct DiagnosticRenderer: Sendable {
    /// The files that spans point into.
    public let sources: SourceMap
    /// Whether to emit ANSI colour codes (the caller decides: terminal and no `NO_COLOR`).
    public let colored: Bool
    /// Source lines longer than this many characters are shown as a window around the span.
    public var maxLineWidth = 100

    /// Creates a renderer.
    public init(sources: SourceMap, colored: Bool = false) {
        self.sources = sources
        self.colored = colored
    }

    /// All diagnostics, sorted by position, separated by blank lines.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedByPosition().map(render).joined(separator: "\n")
    }

    /// One diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let headColor = diagnostic.severity == .error ? Style.red : diagnostic.severity == .warning ? Style.yellow : Style.cyan
        out += paint("\(diagnostic.severity.rawValue)[\(diagnostic.code)]", headColor + Style.bold)
        // Messages may quote the data (a value from a portfolio): control characters made visible.
        out += paint(": \(TerminalText.escaped(diagnostic.message))", Style.bold) + "\n"

        let labels = diagnostic.labels.filter { $0.span.file.index < sources.files.count }
        guard let primary = labels.first(where: \.isPrimary) ?? labels.first else {
            if let path = diagnostic.path { out += "  " + paint("-->", Style.blue) + " \(TerminalText.escaped(path))\n" }
            out += notes(of: diagnostic, gutter: 1)
            return out
        }
        // Labels in the primary file first (under `-->`), then each other file (under `:::`).
        var fileOrder = [primary.span.file]
        for label in labels where !fileOrder.contains(label.span.file) { fileOrder.append(label.span.file) }
        let gutter = labels.map { String(sources[$0.span.file].lineIndex(of: $0.span.start) + 1).count }.max() ?? 1
        let pad = String(repeating: " ", count: gutter)
        for (position, fileID) in fileOrder.enumerated() {
            let file = sources[fileID]
            let shown = labels.filter { $0.span.file == fileID }
                .map { (line: file.lineIndex(of: $0.span.start), label: $0) }
                .sorted { $0.line != $1.line ? $0.line < $1.line : ($0.label.isPrimary && !$1.label.isPrimary) }
            let anchor = position == 0 ? primary.span : shown[0].label.span
            let location = file.location(of: anchor.start)
            out += pad + paint(position == 0 ? "-->" : ":::", Style.blue) + " \(TerminalText.escaped(file.path)):\(location.line):\(location.column)\n"
            out += pad + paint(" |", Style.blue) + "\n"
            var previousLine: Int?
            for (line, label) in shown {
                if let previousLine, line > previousLine + 1 { out += paint("...", Style.blue) + "\n" }
                let (text, start, width) = window(file: file, line: line, span: label.span)
                if previousLine != line {
                    let number = String(line + 1)
                    out += paint(String(repeating: " ", count: gutter - number.count) + number + " |", Style.blue)
                    out += text.isEmpty ? "\n" : " \(text)\n"
                }
                let mark = String(repeating: label.isPrimary ? "^" : "-", count: max(1, width))
                let markColor = label.isPrimary ? headColor : Style.blue
                var marker = String(repeating: " ", count: start) + paint(mark, markColor + Style.bold)
                if !label.message.isEmpty { marker += " " + paint(TerminalText.escaped(label.message), markColor + Style.bold) }
                out += pad + paint(" |", Style.blue) + " " + marker + "\n"
                previousLine = line
            }
        }
        if !diagnostic.notes.isEmpty || !diagnostic.help.isEmpty {
            out += pad + paint(" |", Style.blue) + "\n"
            out += notes(of: diagnostic, gutter: gutter)
        }
        return out
    }

    private func notes(of diagnostic: Diagnostic, gutter: Int) -> String {
        let pad = String(repeating: " ", count: gutter)
        var out = ""
        for note in diagnostic.notes { out += pad + " " + paint("= note:", Style.bold) + " \(TerminalText.escaped(note))\n" }
        for help in diagnostic.help { out += pad + " " + paint("= help:", Style.bold) + " \(TerminalText.escaped(help))\n" }
        return out
    }

    /// The displayed line text, and the display column and width of the underline.
    private func window(file: SourceFile, line: Int, span: Span) -> (String, Int, Int) {
        let range = file.lineRange(line)
        let spanStart = min(max(span.start, range.lowerBound), range.upperBound)
        let spanEnd = min(max(span.end, spanStart), range.upperBound)
        // Decode only what can be shown (a scalar is at most 4 bytes), so a 1 MB line stays cheap.
        let reach = 4 * maxLineWidth
        let beforeStart = Self.scalarBoundary(file.bytes, max(range.lowerBound, spanStart - reach), floor: range.lowerBound)
        let markedEnd = Self.scalarBoundary(file.bytes, min(spanEnd, spanStart + reach), floor: spanStart)
        let afterEnd = Self.scalarBoundary(file.bytes, min(range.upperBound, spanEnd + reach), floor: spanEnd)
        var before = Self.display(file.bytes[beforeStart..<spanStart])
        var marked = Self.display(file.bytes[spanStart..<markedEnd])
        var after = Self.display(file.bytes[spanEnd..<afterEnd])
        if beforeStart > range.lowerBound { before.insert("…", at: 0) }
        if markedEnd < spanEnd { marked.append("…") }
        if markedEnd < spanEnd { after = [] } else if afterEnd < range.upperBound { after.append("…") }
        if before.count + marked.count + after.count > maxLineWidth {
            let context = maxLineWidth / 3
            if before.count > context { before = ["…"] + before.suffix(context) }
            if marked.count > maxLineWidth - context {
                marked = Array(marked.prefix(maxLineWidth - context)) + (marked.last == "…" ? [] : ["…"])
            }
            let room = max(0, maxLineWidth - before.count - marked.count)
            if after.count > room { after = Array(after.prefix(room)) + ["…"] }
        }
        let text = String(String.UnicodeScalarView(before + marked + after))
        var trimmed = text
        while trimmed.last == " " { trimmed.removeLast() }
        return (trimmed, before.count, marked.count)
    }

    /// Moves `offset` back to the start of a UTF-8 scalar, not below `floor`.
    package static func scalarBoundary(_ bytes: [UInt8], _ offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor && index < bytes.count && bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Decodes bytes for display: tabs become four spaces, control characters visible symbols.
    package static func display(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(contentsOf: Array(repeating: " ", count: 4))
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x80...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return result
    }

    private func paint(_ text: String, _ style: String) -> String {
        colored ? style + text + Style.reset : text
    }

    private enum Style {
        package static let reset = "\u{1B}[0m"
        package static let bold = "\u{1B}[1m"
        package static let red = "\u{1B}[31m"
        package static let yellow = "\u{1B}[33m"
        package static let blue = "\u{1B}[34m"
        package static let cyan = "\u{1B}[36m"
    }
}
