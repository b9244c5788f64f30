import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

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
