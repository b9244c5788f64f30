import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// Everything one `rapport lint` run produced, as the reporters see it.
public struct LintRun: Sendable {
    /// One report per portfolio that could be linted, in the order the files were given.
    public var reports: [LintReport]
    /// Portfolios that could not be read or loaded.
    public var failures: [LintFailure]
    /// The rules that ran, in pack order.
    public var rules: [RuleInfo]
    /// Findings at or above this severity make the run fail.
    public var failOn: Severity

    public init(reports: [LintReport], failures: [LintFailure] = [], rules: [RuleInfo], failOn: Severity) {
        self.reports = reports
        self.failures = failures
        self.rules = rules
        self.failOn = failOn
    }
}

/// A portfolio file that could not be linted.
public struct LintFailure: Sendable {
    public let path: String
    /// The first error, as one line (`file:line:col: message`).
    public let message: String
    public let errors: Int

    public init(path: String, message: String, errors: Int) {
        self.path = path
        self.message = message
        self.errors = errors
    }
}

/// What reporters say about a rule: what it is and where it is written.
public struct RuleInfo: Sendable, Equatable {
    public let id: String
    /// The title as written; a hole shows as `{expression}`.
    public let title: String
    /// The `because` as written, if any.
    public let rationale: String?
    public let severity: Severity
    public let tags: [String]
    public let subjectType: EntityType
    public let location: Finding.Location

    /// The rules of `set`, with their titles and rationales as written in `sources`.
    public static func list(_ rules: [CheckedRule], sources: SourceMap) -> [RuleInfo] {
        rules.map { rule in
            RuleInfo(id: rule.id, title: rule.title.map { written($0, sources) } ?? rule.defaultTitle,
                            rationale: rule.rationale.map { written($0, sources) }, severity: rule.severity, tags: rule.tags,
                            subjectType: rule.subjectType, location: Finding.Location(of: rule, in: sources))
        }
    }

    /// A template's text, holes shown as written.
    package static func written(_ template: TTemplate, _ sources: SourceMap) -> String {
        template.parts.map { part in
            switch part {
            case .text(let text): return text
            case .hole(let expr, _):
                guard expr.span.file.index < sources.files.count else { return "{…}" }
                return "{" + sources[expr.span.file].text(of: expr.span) + "}"
            }
        }.joined()
    }
}
