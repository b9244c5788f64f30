import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// A rule that could not be evaluated for one subject: an expression's result was out of range
/// (a date past 9999-12-31, a number too large). The run goes on with the other subjects and
/// rules; the command reports each error and exits 2.
public struct EvaluationError: Sendable, Equatable {
    /// The rule's id.
    public let rule: String
    /// The rule's severity (what the finding would have had).
    public let severity: Severity
    /// The subject it failed for.
    public let subject: Finding.Subject
    /// The rep coached about that subject, when there is one.
    public let rep: Finding.Rep?
    /// Where the expression that failed is written.
    public let location: Finding.Location
    /// What went wrong ("the date would be after 9999-12-31").
    public let reason: String

    /// One line: `file:line:col: rule `r` could not be evaluated for account Castell Foods (acc-1): reason`.
    public var summary: String {
        "\(location.file):\(location.line):\(location.column): rule `\(rule)` could not be evaluated for "
            + "\(subject.type) \(subject.name)\(subject.id.isEmpty || subject.id == subject.name ? "" : " (\(subject.id))"): \(reason)"
    }
}

/// The outcome of a lint run held in memory: findings, and the subjects whose evaluation failed.
public struct LintOutcome: Sendable {
    public var findings: [Finding]
    public var errors: [EvaluationError]
    /// The rules that did not run because the portfolio lacks the data they read.
    public var applicability: Applicability

    public init(findings: [Finding], errors: [EvaluationError], applicability: Applicability) {
        self.findings = findings
        self.errors = errors
        self.applicability = applicability
    }
}
