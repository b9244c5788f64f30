import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine

/// The relational layout (issue #23): derived from the schema, printed per dialect, and filled
/// by the export with every record of the portfolio.
final class RelationalLayoutTests: XCTestCase {
    func testTheDDLOfEachDialect() {
        for dialect in SQLDialect.allCases {
            assertGolden(RelationalLayout.ddl(dialect), "Tests/Goldens/schema/\(dialect.rawValue).sql")
        }
    }

    func testEveryStoredFieldHasAColumnOrATable() {
        let columns = Set(RelationalLayout.tables.flatMap { table in table.columns.compactMap { $0.field.map { "\($0.entity.rawValue).\($0.name)" } } })
        let tables = Set(RelationalLayout.tables.compactMap { table -> String? in
            switch table.rows {
            case .links(let entity, let field), .values(let entity, let field): "\(entity.rawValue).\(field)"
            case .customFields: "account.fields"
            default: nil
            }
        })
        for entity in EntityType.allCases where entity != .team {
            for field in Schema.stored(entity) {
                let name = "\(entity.rawValue).\(field.name)"
                switch field.format {
                case .object?, .objects?: continue  // a table of its own, keyed by its parent
                default: XCTAssertTrue(columns.contains(name) || tables.contains(name), "\(name) is in no table")
                }
            }
        }
    }

    func testTheExportHoldsEveryRecord() throws {
        var sources = SourceMap()
        let portfolio = try XCTUnwrap(PortfolioLoader.load(path: Repo.path("Examples/northwind-team.json"), sources: &sources).portfolio)
        let files = Dictionary(uniqueKeysWithValues: TableExport.csv(portfolio).map { ($0.table, $0.text) })
        XCTAssertEqual(Set(files.keys), Set(RelationalLayout.tables.map(\.name)))
        func rows(_ table: String) -> Int { (files[table] ?? "").split(separator: "\n").count - 1 }
        XCTAssertEqual(rows("portfolio"), 1)
        XCTAssertEqual(rows("reps"), portfolio.reps.count)
        XCTAssertEqual(rows("accounts"), portfolio.accounts.count)
        XCTAssertEqual(rows("contacts"), portfolio.contacts.count)
        XCTAssertEqual(rows("activities"), portfolio.activities.count)
        XCTAssertEqual(rows("opportunities"), portfolio.opportunities.count)
        XCTAssertEqual(rows("proposals"), portfolio.opportunities.count { $0.proposal != nil })
        XCTAssertEqual(rows("growth_plans"), portfolio.growthPlans.count)
        XCTAssertEqual(rows("actions"), portfolio.planActions.count)
        XCTAssertEqual(rows("revenue"), portfolio.revenue.count)
        XCTAssertEqual(rows("leads"), portfolio.leads.count)
        XCTAssertEqual(rows("lead_touches"), portfolio.dates.count)
        XCTAssertEqual(rows("objectives"), portfolio.texts.count)
        XCTAssertEqual(rows("activity_contacts") + rows("opportunity_contacts"), portfolio.contactLinks.count)
        XCTAssertEqual(rows("custom_fields"), portfolio.customFields.count)
        XCTAssertTrue(files["accounts"]!.hasPrefix("id,name,owner_id,industry,tier,since,employees,potential,ordinal\na-001,Brenner Maschinenbau GmbH,r-01,"))
        XCTAssertTrue(files["revenue"]!.hasPrefix("account_id,position,period,amount\na-001,0,"), files["revenue"]!.prefix(80).description)
    }
}
