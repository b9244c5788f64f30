import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Job titles read as contact levels on import (issue #19).
final class ContactTitlesTests: XCTestCase {
    func testCommonTitlesInSeveralLanguages() {
        let cases: [(String, ContactLevel?)] = [
            ("CEO", .executive), ("Chief Financial Officer", .executive), ("Geschäftsführer", .executive),
            ("Directeur Général", .executive), ("Amministratore Delegato", .executive), ("Managing Director EMEA", .executive),
            ("SVP Sales", .executive), ("Owner", .executive),
            ("VP Operations", .senior), ("Head of IT", .senior), ("Director of Procurement", .senior), ("Bereichsleiter Einkauf", .senior),
            ("Directrice des achats", .senior),
            ("Procurement Manager", .manager), ("Team Lead Logistics", .manager), ("Abteilungsleiterin", .manager),
            ("Responsable des achats", .manager), ("Jefe de compras", .manager),
            ("Senior Buyer", .staff), ("Einkäuferin", .staff), ("Business Analyst", .staff),
            ("Volunteer", nil), ("", nil), ("Manageress", nil),
        ]
        for (title, level) in cases {
            XCTAssertEqual(ContactTitles.level(of: title), level, title)
        }
    }

    func testAMappingMayNameItsOwnTitles() {
        XCTAssertEqual(ContactTitles.level(of: "Prokurist", overrides: ["prokurist": .executive]), .executive)
        XCTAssertEqual(ContactTitles.level(of: "Volunteer coordinator", overrides: ["volunteer coordinator": .staff]), .staff)
    }
}
