import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// A finding's texts, packed into one buffer, read back as given.
final class FindingTests: XCTestCase {
    private let location = Finding.Location(file: "Rules/x.rapport", line: 3, column: 1)

    private func finding(title: String = "Title", message: String, rationale: String?, id: String = "a-1", name: String = "Acme",
                         evidence: [(name: String, value: String)] = []) -> Finding {
        Finding(rule: "r", severity: .warning, title: title, tags: ["t"], message: message, rationale: rationale,
                subject: Finding.Subject(type: .account, id: id, name: name, index: 4), rep: nil, location: location,
                evidence: evidence, priority: 2)
    }

    func testTextsRoundTrip() {
        let long = String(repeating: "Überprüfung 🚀 ", count: 40)
        let evidence = [(name: "e1", value: ""), (name: "e2", value: long), (name: "e3", value: "x")]
        let f = finding(message: long, rationale: nil, id: "", name: "Café", evidence: evidence)
        XCTAssertEqual(f.message, long)
        XCTAssertNil(f.rationale)
        XCTAssertEqual(f.subject, Finding.Subject(type: .account, id: "", name: "Café", index: 4))
        XCTAssertEqual(f.evidence.map(\.name), ["e1", "e2", "e3"])
        XCTAssertEqual(f.evidence.map(\.value), ["", long, "x"])
        XCTAssertEqual(f.title, "Title")
        XCTAssertEqual(finding(message: "m", rationale: "because").rationale, "because")
    }

    func testOwnTitleAndRationaleAgainstTheRules() {
        let origin = Finding.Origin(rule: "r", severity: .info, title: "Shared", tags: [], rationale: "Shared why",
                                    location: location, evidenceNames: ["v"])
        let subject = Finding.Subject(type: .rep, id: "r-1", name: "Dana", index: 0)
        let same = Finding(origin: origin, title: "Shared", message: "m", rationale: "Shared why", subject: subject, rep: nil,
                           evidence: ["1"], priority: 0)
        let own = Finding(origin: origin, title: "Own", message: "m", rationale: nil, subject: subject, rep: nil,
                          evidence: ["1"], priority: 0)
        XCTAssertEqual([same.title, own.title], ["Shared", "Own"])
        XCTAssertEqual(same.rationale, "Shared why")
        XCTAssertNil(own.rationale, "a finding without a rationale under a rule that has one")
        XCTAssertNotEqual(same, own)
    }

    func testMovingTheSubjectKeepsTheRest() {
        var f = finding(message: "m", rationale: "b", evidence: [(name: "n", value: "v")])
        let copy = f
        f.subject.index += 10
        XCTAssertEqual(f.subject.index, 14)
        XCTAssertEqual(copy.subject.index, 4, "copies are values")
        XCTAssertEqual(f.message, "m")
        XCTAssertEqual(f.evidence.map(\.value), ["v"])
        XCTAssertNotEqual(f, copy)
    }

    func testSpoolReadsBackWhatWasWritten() throws {
        let spool = try XCTUnwrap(FindingSpool())
        let reps = [Finding.Rep(id: "r-1", name: "Dana", index: 0), Finding.Rep(id: "r-2", name: "Eli", index: 1)]
        let origin = Finding.Origin(rule: "r", severity: .warning, title: "T", tags: ["x"], rationale: nil, location: location,
                                    evidenceNames: ["n"])
        func one(_ i: Int, _ seed: Int) -> Finding {
            let title: String = i % 7 == 0 ? "Own \(i)" : "T"
            let message = String(repeating: "ä\(seed)-\(i) ", count: 20)
            let rationale: String? = i % 5 == 0 ? "why" : nil
            let type: EntityType = i % 2 == 0 ? .opportunity : .contact
            let subject = Finding.Subject(type: type, id: "id-\(i)", name: "N\(i)", index: Int32(i))
            let rep: Finding.Rep? = i % 3 == 0 ? nil : reps[i % 2]
            return Finding(origin: origin, title: title, message: message, rationale: rationale, subject: subject, rep: rep,
                           evidence: ["\(i * seed)"], priority: Double(i) / 3)
        }
        func group(_ size: Int, _ seed: Int) -> [Finding] { (0..<size).map { one($0, seed) } }
        // Enough to pass the 4 MB buffer several times, read back out of order.
        let groups = [group(20_000, 1), group(0, 2), group(15_000, 3), group(1, 4)]
        let extents = groups.map { spool.write($0) }
        for index in [2, 0, 3, 1] {
            XCTAssertEqual(try XCTUnwrap(spool.read(extents[index], origin: origin, reps: reps)), groups[index], "group \(index)")
        }
        // A part's subjects are renumbered as in the whole portfolio, each type from its own base.
        var bases = StreamingLint.Bases()
        bases.contact = 1000
        bases.opportunity = 70_000
        let moved = try XCTUnwrap(spool.read(spool.write(groups[3] + groups[0].prefix(9), bases: bases), origin: origin, reps: reps))
        XCTAssertEqual(moved.map(\.subject.index), (groups[3] + groups[0].prefix(9)).map { finding in
            finding.subject.index + (finding.subject.type == .contact ? 1000 : 70_000)
        })
        XCTAssertEqual(moved.map(\.message), (groups[3] + groups[0].prefix(9)).map(\.message))
        XCTAssertTrue(spool.healthy)
    }
}
