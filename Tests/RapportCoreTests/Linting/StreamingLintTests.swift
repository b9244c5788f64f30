import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// The streamed lint (file read in parts, twice) against the in-memory lint of the same file.
final class StreamingLintTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "rapport-streaming-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func generated(_ accounts: Int, seed: UInt64) throws -> String {
        try write(generatedPortfolioJSON(accounts, seed: seed), "seed\(seed).json")
    }

    private func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func inMemory(_ path: String, _ rules: CheckResult, _ options: LintOptions = LintOptions()) throws -> [Finding] {
        var sources = SourceMap()
        let load = PortfolioLoader.load(path: path, sources: &sources)
        let portfolio = try XCTUnwrap(load.portfolio, DiagnosticRenderer(sources: sources).render(load.diagnostics))
        return LintEngine.run(rules.checked, on: portfolio, sources: rules.sources, options: options)
    }

    private func shipped() throws -> CheckResult {
        let result = RuleSetChecker.checkShipped()
        XCTAssertTrue(result.diagnostics.isEmpty)
        return result
    }

    func testSameFindingsAsInMemoryOnThreeSeeds() throws {
        let rules = try shipped()
        for seed: UInt64 in [1, 2, 3] {
            let path = try generated(1000, seed: seed)
            let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 150_000))
            XCTAssertGreaterThan(streamed.parts, 10, "the file is read in many parts")
            let expected = try inMemory(path, rules)
            XCTAssertGreaterThan(expected.count, 100)
            XCTAssertEqual(streamed.findings.count, expected.count, "seed \(seed)")
            XCTAssertEqual(streamed.findings, expected, "seed \(seed)")
        }
    }

    func testSameFindingsWithOptionsAndOnOneThread() throws {
        let rules = try shipped()
        let path = try generated(800, seed: 4)
        var options = LintOptions()
        options.asOf = CalendarDate(year: 2026, month: 6, day: 30)
        options.params = ["key_percentile": .number(0.8), "recent": .duration(Duration(days: 30))]
        options.ignore = ["leads"]
        options.minSeverity = .suggestion
        options.parallel = false
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, options: options,
                                                       partBytes: 100_000))
        XCTAssertEqual(streamed.findings, try inMemory(path, rules, options))
        XCTAssertFalse(streamed.findings.contains { $0.rule == "slow_first_response" })
    }

    func testTheShippedPackSplitsByWhatEachRuleReads() throws {
        let rules = try shipped()
        let plan = PassPlan(rules.checked.rules, in: rules.checked)
        for id in ["key_account_without_growth_plan", "hidden_key_account", "proposal_in_isolation", "stalled_deal"] {
            XCTAssertTrue(plan.perPart.contains(id), id)
        }
        for id in ["numbers_only", "key_accounts_like_the_rest", "team_has_no_key_account_process", "slow_first_response"] {
            XCTAssertFalse(plan.perPart.contains(id), id)
        }
        // The rep rules list key accounts and big deals by name; nothing reads a contact's title.
        XCTAssertTrue(plan.whole.text.contains(PassPlan.FieldKey(.account, "name")))
        XCTAssertFalse(plan.whole.text.contains(PassPlan.FieldKey(.contact, "title")))
        XCTAssertFalse(plan.whole.text.contains(PassPlan.FieldKey(.activity, "summary")))
        // `count(contacts) <= 1` counts a deal's contacts without showing them.
        XCTAssertFalse(plan.whole.text.contains(PassPlan.FieldKey(.contact, "name")))
        XCTAssertTrue(plan.whole.entities.contains(.contact))
        // The per-part rules' values (percentiles of lifetime and potential) need an account's
        // revenue and potential (and its id and name, as `accounts` is a list of accounts).
        let values = try XCTUnwrap(plan.values)
        XCTAssertEqual(AccountFields.unread(by: values),
                       [.growthPlan, .contacts, .activities, .opportunities, .fields, AccountFields(.owner), AccountFields(.industry),
                        AccountFields(.tier), AccountFields(.since), AccountFields(.employees)])
    }

    func testRulesThatLookAcrossAccountsRunOnTheWholePortfolio() throws {
        let source = """
            define account.people = count(contacts)
            define team.average_potential = avg(accounts.potential)

            rule own_only
              severity info
              for each account a
              when a.potential > 1000 and a.owner.name != ""
              advise "{a.name}"
            end

            rule crowded_owner
              severity info
              for each account a
              when count(a.owner.accounts) > 30
              advise "{a.owner.name} has {count(a.owner.accounts)} accounts"
            end

            rule same_industry
              severity info
              for each opportunity o
              when count(accounts where industry == o.account.industry) > 20
              advise "{o.name}"
            end

            rule above_team_average
              severity info
              for each account a
              when a.potential > 2 * team.average_potential
              advise "{a.name}"
            end

            rule above_average
              severity info
              for each contact c
              when c.account.people > avg(accounts.people) + 3
              advise "{c.name}"
            end
            """
        let rules = RuleSetChecker.check(path: try write(Array(source.utf8), "across.rapport"))
        XCTAssertEqual(DiagnosticRenderer(sources: rules.sources).render(rules.diagnostics), "")
        let plan = PassPlan(rules.checked.rules, in: rules.checked)
        XCTAssertEqual(plan.perPart, ["own_only", "above_team_average", "above_average"])
        let path = try generated(600, seed: 5)
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 150_000))
        let expected = try inMemory(path, rules)
        XCTAssertEqual(Set(expected.map(\.rule)), ["own_only", "crowded_owner", "same_industry", "above_team_average", "above_average"])
        XCTAssertEqual(streamed.findings, expected)

        // A value over all accounts reached only through a computed field of the team.
        var options = LintOptions()
        options.select = ["own_only", "above_team_average"]
        let alone = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, options: options,
                                                    partBytes: 150_000))
        XCTAssertNotNil(alone.plan.values)
        XCTAssertEqual(alone.findings, try inMemory(path, rules, options))
    }

    /// The values pass reads only the account fields the values read; each field read here must
    /// still be there, and owners where deals and activities default to them.
    func testValuesOverAccountFieldsAndOwners() throws {
        let source = """
            rule big_team
              severity info
              for each account a
              when a.employees > median(accounts.employees)
                   and count(accounts where tier == "key") > 1
                   and count(accounts where since before today - 5 years) > 1
                   and count(accounts where industry == "Retail") > 1
              advise "{a.name}"
            end

            rule northern_deal
              severity info
              for each opportunity o
              when o.amount > 100000 and count(opportunities where owner.region == "North") > 1
                   and count(activities where rep.region == "South") > 1
              advise "{o.name}"
            end
            """
        let rules = RuleSetChecker.check(path: try write(Array(source.utf8), "values.rapport"))
        XCTAssertEqual(DiagnosticRenderer(sources: rules.sources).render(rules.diagnostics), "")
        let plan = PassPlan(rules.checked.rules, in: rules.checked)
        XCTAssertEqual(plan.perPart, ["big_team", "northern_deal"])
        let skips = AccountFields.unread(by: try XCTUnwrap(plan.values))
        for field: PortfolioKeys.AccountField in [.owner, .tier, .since, .industry, .employees, .opportunities, .activities] {
            XCTAssertFalse(skips.contains(field), "\(field)")
        }
        XCTAssertTrue(skips.contains(.potential))
        let path = try generated(600, seed: 6)
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 150_000))
        let expected = try inMemory(path, rules)
        XCTAssertEqual(Set(expected.map(\.rule)), ["big_team", "northern_deal"])
        XCTAssertEqual(streamed.findings, expected)
    }

    /// The values pass leaves an account once it has read every field it needs: with the keys
    /// in another order (the needed ones last), some of them null or absent, it must still read
    /// them all.
    func testValuesPassWithFieldsInAnyOrder() throws {
        let rules = try shipped()
        let data = try Data(contentsOf: URL(fileURLWithPath: try generated(500, seed: 9)))
        var document = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var accounts = try XCTUnwrap(document["accounts"] as? [[String: Any]])
        for index in accounts.indices {
            switch index % 7 {
            case 1: accounts[index]["potential"] = NSNull()
            case 2: accounts[index]["potential"] = nil
            case 3: accounts[index]["revenue"] = nil
            default: break
            }
        }
        document["accounts"] = accounts
        // Sorted keys put an account's id, name, potential and revenue after its lists.
        let sorted = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        let path = try write(Array(sorted), "sorted-keys.json")
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 60_000))
        XCTAssertGreaterThan(streamed.parts, 10)
        let expected = try inMemory(path, rules)
        XCTAssertGreaterThan(expected.count, 100)
        XCTAssertEqual(streamed.findings, expected)
    }

    func testAutoStreamsLargeJSONFilesAndLinksToThem() throws {
        let big = folder + "/big.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: big, contents: nil))
        XCTAssertEqual(truncate(big, off_t(BatchLint.streamingThreshold)), 0, "a sparse file of the threshold's size")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: big)
        let small = try write(Array("{}".utf8), "small.json")
        XCTAssertTrue(BatchLint.Streaming.auto.applies(to: big, digest: false))
        XCTAssertTrue(BatchLint.Streaming.auto.applies(to: folder + "/link.json", digest: false))
        XCTAssertFalse(BatchLint.Streaming.auto.applies(to: small, digest: false))
        XCTAssertTrue(BatchLint.Streaming.always.applies(to: small, digest: false))
        XCTAssertFalse(BatchLint.Streaming.always.applies(to: big, digest: true), "charts need the whole portfolio")
        XCTAssertFalse(BatchLint.Streaming.always.applies(to: folder + "/team.yaml", digest: false))
        XCTAssertFalse(BatchLint.Streaming.never.applies(to: big, digest: false))
    }

    func testRepsAfterTheAccounts() throws {
        let rules = try shipped()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: try generated(500, seed: 7))), as: UTF8.self)
        let reps = try XCTUnwrap(text.range(of: "  \"reps\": [")).lowerBound
        let accounts = try XCTUnwrap(text.range(of: "  \"accounts\": [")).lowerBound
        var moved = text.replacingCharacters(in: reps..<accounts, with: "")
        moved.insert(contentsOf: text[reps..<accounts], at: try XCTUnwrap(moved.range(of: "  \"leads\": [")).lowerBound)
        let path = try write(Array(moved.utf8), "reps-last.json")
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 100_000))
        XCTAssertEqual(streamed.findings, try inMemory(path, rules))

        // A currency given after the accounts disagrees with the head the parts were read
        // against: the file is left to the whole-file reader, which reads it fine.
        let currency = try XCTUnwrap(text.range(of: "  \"currency\": \"EUR\",\n"))
        var late = text.replacingCharacters(in: currency, with: "")
        late.insert(contentsOf: text[currency], at: try XCTUnwrap(late.range(of: "  \"leads\": [")).lowerBound)
        let latePath = try write(Array(late.utf8), "currency-last.json")
        XCTAssertNil(StreamingLint.run(path: latePath, rules: rules.checked, sources: rules.sources, partBytes: 100_000))
        XCTAssertFalse(try inMemory(latePath, rules).isEmpty)
    }

    /// Texts with brackets, quotes and backslashes, at every offset of the layout pass's blocks:
    /// the parts are cut where the accounts end all the same.
    func testTextsWithBracketsQuotesAndEscapes() throws {
        let rules = try shipped()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: try generated(400, seed: 8))), as: UTF8.self)
        var tricky = ""
        for (index, piece) in text.split(separator: "\"summary\": \"", omittingEmptySubsequences: false).enumerated() {
            if index > 0 {
                tricky += "\"summary\": \"" + String(repeating: "}]", count: index % 5) + ["\\\"{[", "\\\\", "]\\\\\\\"}", ""][index % 4]
            }
            tricky += piece
        }
        XCTAssertGreaterThan(tricky.utf8.count, text.utf8.count + 1000)
        let path = try write(Array(tricky.utf8), "tricky.json")
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 30_000))
        XCTAssertGreaterThan(streamed.parts, 10)
        XCTAssertEqual(streamed.findings, try inMemory(path, rules))
    }

    func testAFileWithAnErrorIsLeftToTheWholeFileReader() throws {
        let rules = try shipped()
        let good = try Data(contentsOf: URL(fileURLWithPath: try generated(600, seed: 6)))
        let text = String(decoding: good, as: UTF8.self)
        // The same id twice, in accounts far apart (different parts).
        var ids = text.ranges(of: "\"id\": \"a-0")
        let first = text[ids.first!.upperBound...].prefix(5)
        let last = ids.removeLast()
        let duplicated = text.replacingCharacters(in: last.upperBound..<text.index(last.upperBound, offsetBy: 5), with: first)
        let broken: [(String, String)] = [
            ("duplicate.json", duplicated),
            ("bad-tier.json", text.replacing("\"tier\": \"core\"", with: "\"tier\": \"kore\"", maxReplacements: 1)),
            ("unbalanced.json", String(text.dropLast(3))),
            // In a list the values pass does not read: the full pass finds it.
            ("bad-level.json", text.replacing("\"level\": \"senior\"", with: "\"level\": \"senor\"", maxReplacements: 1)),
            ("not-an-account.json", text.replacing("\"accounts\": [", with: "\"accounts\": [ 12,", maxReplacements: 1)),
            ("double-comma.json", text.replacing("},\n    {\n      \"id\": \"a-", with: "},,\n    {\n      \"id\": \"a-",
                                                  maxReplacements: 1)),
        ]
        for (name, content) in broken {
            let path = try write(Array(content.utf8), name)
            XCTAssertNil(StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, partBytes: 50_000), name)
            var sources = SourceMap()
            XCTAssertNil(PortfolioLoader.load(path: path, sources: &sources).portfolio, "\(name) is an error when read whole too")
        }
    }
}
