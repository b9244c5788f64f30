import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Enumerated fields: their codes (the evaluator compares them instead of texts) and their
/// spellings (the reader looks them up without making text).
final class EnumerationTests: XCTestCase {
    private func assertCodes<E: SpelledEnumeration>(_: E.Type, line: UInt = #line) {
        XCTAssertGreaterThan(E.allCases.count, 1, line: line)
        for (position, value) in E.allCases.enumerated() {
            XCTAssertEqual(value.code, position, "\(E.self).\(value)", line: line)
            func parsed(_ bytes: [UInt8]) -> E? { bytes.withUnsafeBytes { E(bytes: $0) } }
            let spelling = Array(value.rawValue.utf8)
            XCTAssertEqual(parsed(spelling), value, line: line)
            // Near misses: one letter more, one less, another case, another last letter.
            XCTAssertNil(parsed(spelling + [UInt8(ascii: "s")]), "\(value)s", line: line)
            XCTAssertNil(parsed(Array(spelling.dropLast())), line: line)
            XCTAssertNil(parsed(Array(value.rawValue.uppercased().utf8)), line: line)
            XCTAssertNil(parsed(spelling.dropLast() + [UInt8(ascii: "#")]), line: line)
        }
        XCTAssertNil([UInt8]().withUnsafeBytes { E(bytes: $0) }, line: line)
    }

    func testEveryCaseCodeIsItsPosition() {
        assertCodes(Tier.self)
        assertCodes(GrowthPlanStatus.self)
        assertCodes(ContactLevel.self)
        assertCodes(ContactRole.self)
        assertCodes(ActivityKind.self)
        assertCodes(OpportunityKind.self)
        assertCodes(OpportunityStage.self)
        assertCodes(LeadStatus.self)
    }
}
