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

/// Output formats of `rapport lint`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, markdown, html

    /// The reporter for this format.
    /// `width` is the text report's line width (the terminal's, or 100).
    public func reporter(colored: Bool = false, top: Int = 3, width: Int = 100) -> any LintReporter {
        switch self {
        case .text: TextReporter(colored: colored, width: width)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .markdown: MarkdownReporter(top: top)
        case .html: HTMLReporter(top: top)
        }
    }

    /// Whether the report reads data from the portfolios beyond the findings (charts).
    public var needsDigest: Bool { self == .html }
}

/// Renders a lint run in one format. Reporters are pure: they return the text, the CLI writes it.
public protocol LintReporter: Sendable {
    func render(_ run: LintRun) -> String
    /// The same text as ``render(_:)``, handed to `output` in pieces, so a large report is not
    /// held whole (the default hands over the rendered text at once).
    func write(_ run: LintRun, to output: ([UInt8]) -> Void)
}

extension LintReporter {
    public func write(_ run: LintRun, to output: ([UInt8]) -> Void) { output(Array(render(run).utf8)) }
}

extension LintRun {
    /// Number of findings of the run.
    package var findingCount: Int { reports.reduce(0) { $0 + $1.findings.count } }

    /// The `index`-th finding of the run, in report order, and the index of its report.
    package func finding(at index: Int, offsets: [Int]) -> (report: Int, finding: Finding) {
        // offsets[r] is the index of report r's first finding.
        var low = 0, high = offsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if offsets[middle] <= index { low = middle } else { high = middle - 1 }
        }
        // Indexed in place: a copy of the report would retain each of its fields, per finding.
        return (low, reports[low].findings[index - offsets[low]])
    }

    /// Where each report's findings start in the run's sequence.
    package var findingOffsets: [Int] {
        var offsets: [Int] = []
        var total = 0
        for report in reports {
            offsets.append(total)
            total += report.findings.count
        }
        return offsets
    }
}
