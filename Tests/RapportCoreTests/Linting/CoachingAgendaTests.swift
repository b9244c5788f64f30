import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class CoachingAgendaTests: XCTestCase {
    private func finding(_ rule: String, _ severity: Severity, subject: Int32, rep: Int32?, priority: Double = 0) -> Finding {
        Finding(rule: rule, severity: severity, title: rule, tags: [], message: "\(rule) on \(subject)", rationale: nil,
                subject: Finding.Subject(type: .account, id: "a-\(subject)", name: "Account \(subject)", index: subject),
                rep: rep.map { Finding.Rep(id: "r-\($0)", name: "Rep \($0)", index: $0) },
                location: Finding.Location(file: "f", line: 1, column: 1), evidence: [], priority: priority)
    }

    func testFindingsAboutOneSubjectMergeAndRankBySeverityThenPriority() {
        let findings = [
            finding("a", .suggestion, subject: 1, rep: 0),
            finding("b", .warning, subject: 2, rep: 0, priority: 10),
            finding("c", .warning, subject: 3, rep: 0, priority: 50),
            finding("d", .suggestion, subject: 2, rep: 0),
            finding("e", .praise, subject: 4, rep: 0),
            finding("f", .critical, subject: 9, rep: nil),
        ]
        let agendas = CoachingAgenda.build(findings, top: 2)
        XCTAssertEqual(agendas.map { $0.rep?.id }, [nil, "r-0"], "the team meeting comes first")
        let rep = agendas[1]
        XCTAssertEqual(rep.corrections.map(\.subject.id), ["a-3", "a-2"])
        XCTAssertEqual(rep.corrections[1].findings.map(\.rule), ["b", "d"], "one talking point per subject")
        XCTAssertEqual(rep.moreCorrections, 1)
        XCTAssertEqual(rep.praise.map(\.subject.id), ["a-4"])
    }
}
