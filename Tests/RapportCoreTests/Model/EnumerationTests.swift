import XCTest
@testable import RapportCore

/// Enumerated fields: their codes (the evaluator compares them instead of texts).
final class EnumerationTests: XCTestCase {
    private func assertCodes<E: PortfolioEnumeration>(_: E.Type, line: UInt = #line) {
        XCTAssertGreaterThan(E.allCases.count, 1, line: line)
        for (position, value) in E.allCases.enumerated() {
            XCTAssertEqual(value.code, position, "\(E.self).\(value)", line: line)
        }
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
