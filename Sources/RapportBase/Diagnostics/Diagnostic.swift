/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A span with a short message underlined in the rendered source.
public struct DiagnosticLabel: Hashable, Sendable {
    /// The source range underlined.
    public let span: Span
    /// Text printed after the underline; may be empty.
    public let message: String
    /// Primary labels get `^` underlines and give the diagnostic its location.
    public let isPrimary: Bool

    /// Creates a label.
    public init(span: Span, message: String = "", isPrimary: Bool) {
        self.span = span
        self.message = message
        self.isPrimary = isPrimary
    }
}

/// A machine-applicable edit that would fix the problem.
public struct FixIt: Hashable, Sendable {
    /// The range to replace.
    public let span: Span
    /// The replacement text.
    public let replacement: String

    /// Creates a fix that replaces `span` with `replacement`.
    public init(span: Span, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

/// One problem found by any stage: lexer, parser, rule-set loader, checker, portfolio loader.
///
/// Diagnostics are plain data; ``DiagnosticRenderer`` turns them into text.
public struct Diagnostic: Hashable, Sendable {
    /// Error, warning or note.
    public var severity: DiagnosticSeverity
    /// Stable identifier such as `parse.unexpected_token`; part of the public interface.
    public var code: String
    /// One-line headline.
    public var message: String
    /// Underlined spans; the first primary label is the diagnostic's location.
    public var labels: [DiagnosticLabel]
    /// `= note:` lines.
    public var notes: [String]
    /// `= help:` lines.
    public var help: [String]
    /// Suggested edits.
    public var fixes: [FixIt]
    /// The file concerned when there is no span (for example a file that cannot be read).
    public var path: String?

    /// Creates a diagnostic.
    public init(
        _ severity: DiagnosticSeverity, code: String, message: String,
        labels: [DiagnosticLabel] = [], notes: [String] = [], help: [String] = [],
        fixes: [FixIt] = [], path: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.labels = labels
        self.notes = notes
        self.help = help
        self.fixes = fixes
        self.path = path
    }

    /// An error located at `span`.
    public static func error(
        _ code: String, _ message: String, at span: Span, label: String = "",
        notes: [String] = [], help: [String] = [], fixes: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message,
                   labels: [DiagnosticLabel(span: span, message: label, isPrimary: true)],
                   notes: notes, help: help, fixes: fixes)
    }

    /// A warning located at `span`.
    public static func warning(
        _ code: String, _ message: String, at span: Span, label: String = "",
        notes: [String] = [], help: [String] = [], fixes: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message,
                   labels: [DiagnosticLabel(span: span, message: label, isPrimary: true)],
                   notes: notes, help: help, fixes: fixes)
    }

    /// The span of the first primary label, if any.
    public var primarySpan: Span? { labels.first(where: \.isPrimary)?.span ?? labels.first?.span }

    /// Returns a copy with a secondary label added.
    public func with(secondary span: Span, _ message: String) -> Diagnostic {
        var copy = self
        copy.labels.append(DiagnosticLabel(span: span, message: message, isPrimary: false))
        return copy
    }

    /// Adds a "did you mean" help line (and a fix) when `suggestion` is not nil.
    public func suggesting(_ suggestion: String?, replacing span: Span? = nil, quoted: Bool = false) -> Diagnostic {
        guard let suggestion else { return self }
        var copy = self
        let shown = quoted ? "\"\(suggestion)\"" : suggestion
        copy.help.append("did you mean `\(shown)`?")
        if let span = span ?? primarySpan {
            copy.fixes.append(FixIt(span: span, replacement: shown))
        }
        return copy
    }
}

extension Array where Element == Diagnostic {
    /// True when any element is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, then position, then severity (errors first); stable otherwise.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            switch (l.primarySpan, r.primarySpan) {
            case let (ls?, rs?):
                if ls.file != rs.file { return ls.file < rs.file }
                if ls.start != rs.start { return ls.start < rs.start }
            case (nil, _?): return true
            case (_?, nil): return false
            case (nil, nil):
                if (l.path ?? "") != (r.path ?? "") { return (l.path ?? "") < (r.path ?? "") }
            }
            if l.severity != r.severity { return l.severity > r.severity }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
