import XCTest
@testable import RapportCore

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
}
