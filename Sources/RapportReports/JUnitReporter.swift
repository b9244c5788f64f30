import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// `rapport lint --format junit`: JUnit XML for CI test viewers.
///
/// One test suite per portfolio, one test case per rule; each finding of the rule is a
/// `<failure>` (its type is the severity), except praise, which is listed in `<system-out>` and
/// does not fail the case. A portfolio that could not be linted is a suite with one `<error>`.
public struct JUnitReporter: LintReporter {
    public init() {}

    public func render(_ run: LintRun) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for report in run.reports {
            var byRule: [String: [Finding]] = [:]
            for finding in report.findings { byRule[finding.rule, default: []].append(finding) }
            var cases = ""
            var failures = 0
            let skipped = Dictionary(report.notApplicable.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
            for rule in run.rules {
                if let item = skipped[rule.id] {
                    cases += "    <testcase classname=\"\(attribute(report.path))\" name=\"\(attribute(rule.id))\""
                        + " file=\"\(attribute(rule.location.file))\" line=\"\(rule.location.line)\">\n"
                        + "      <skipped message=\"\(attribute("the portfolio has no " + item.missing.map(\.missingPhrase).joined(separator: ", no ")))\"/>\n"
                        + "    </testcase>\n"
                    continue
                }
                let findings = byRule[rule.id] ?? []
                let failing = findings.filter { $0.severity > .praise }
                let praise = findings.filter { $0.severity == .praise }
                failures += failing.isEmpty ? 0 : 1
                cases += "    <testcase classname=\"\(attribute(report.path))\" name=\"\(attribute(rule.id))\""
                    + " file=\"\(attribute(rule.location.file))\" line=\"\(rule.location.line)\""
                if findings.isEmpty {
                    cases += "/>\n"
                    continue
                }
                cases += ">\n"
                for finding in failing {
                    cases += "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(attribute(finding.title + " · " + finding.subject.name))\">"
                    cases += text(detail(finding)) + "</failure>\n"
                }
                if !praise.isEmpty {
                    cases += "      <system-out>" + text(praise.map(detail).joined(separator: "\n\n")) + "</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            totalTests += run.rules.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(attribute(report.path))\" tests=\"\(run.rules.count)\" failures=\"\(failures)\" errors=\"0\""
                + " skipped=\"\(skipped.count)\" timestamp=\"\(report.asOf)T00:00:00\">\n"
            suites += "    <properties>\n"
                + "      <property name=\"team\" value=\"\(attribute(report.team))\"/>\n"
                + "      <property name=\"as_of\" value=\"\(report.asOf)\"/>\n"
                + "      <property name=\"findings\" value=\"\(report.findings.count)\"/>\n"
                + "      <property name=\"snoozed\" value=\"\(report.snoozed.count)\"/>\n"
                + "    </properties>\n"
            suites += cases + "  </testsuite>\n"
        }
        for failure in run.failures {
            totalTests += 1
            totalErrors += 1
            suites += "  <testsuite name=\"\(attribute(failure.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                + "    <testcase classname=\"\(attribute(failure.path))\" name=\"load\">\n"
                + "      <error type=\"load\" message=\"\(attribute(failure.message))\">\(text(failure.message))</error>\n"
                + "    </testcase>\n  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"rapport lint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n"
            + suites + "</testsuites>\n"
    }

    package func detail(_ finding: Finding) -> String {
        var lines = ["\(finding.severity.rawValue): \(finding.title)",
                     "subject: \(finding.subject.type.rawValue) \(finding.subject.id) (\(finding.subject.name))"]
        if let rep = finding.rep { lines.append("rep: \(rep.name) (\(rep.id))") }
        lines.append(finding.message)
        if let rationale = finding.rationale { lines.append("because: \(rationale)") }
        lines.append("rule: \(finding.location.file):\(finding.location.line):\(finding.location.column)")
        return lines.joined(separator: "\n")
    }

    /// XML character data: markup escaped, and characters XML 1.0 cannot hold dropped.
    package func text(_ value: String) -> String { XMLText.escape(value, quotes: false) }
    package func attribute(_ value: String) -> String { XMLText.escape(value, quotes: true) }
}

/// Escaping for XML and HTML text.
package enum XMLText {
    package static func escape(_ value: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\n" where quotes: out += "&#10;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 forbids most control characters even as references.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
