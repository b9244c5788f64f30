import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Compiled computed fields refer to each other through the runtime's definition table, so the
/// table and everything the bodies hold (the portfolio's arrays) form a cycle until released.
final class RuntimeReleaseTests: XCTestCase {
    private weak var table: DefinitionTable?

    private func compileThePack() throws {
        let rules = RuleSetChecker.checkShipped()
        var sources = SourceMap()
        let portfolio = try XCTUnwrap(PortfolioLoader.load(path: Repo.path("Rules/fixtures/key_accounts.json"), sources: &sources).portfolio)
        let runtime = Runtime(portfolio: portfolio, today: portfolio.asOf, params: LintEngine.parameterValues(rules.checked, options: LintOptions()),
                              definitionCount: rules.checked.definitions.count)
        let compiler = Compiler(runtime: runtime, checked: rules.checked)
        let compiled = rules.checked.rules.map { CompiledRule(rule: $0, compiler: compiler, sources: rules.sources) }
        let memo = Memo(copying: compiler.memo)
        let findings = compiled.flatMap { rule in
            rule.evaluate(0..<runtime.portfolio.count(of: rule.rule.subjectType), memo: memo, formatter: ValueFormatter(portfolio: portfolio))
        }
        XCTAssertFalse(findings.isEmpty)
        table = runtime.definitions
        runtime.definitions.release()
    }

    func testAReleasedRunFreesItsCompiledDefinitions() throws {
        try compileThePack()
        XCTAssertNil(table, "nothing holds the definitions once the run is over")
    }
}
