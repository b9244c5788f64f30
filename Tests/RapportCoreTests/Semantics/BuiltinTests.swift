import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine

/// The builtins are declared once: every case has one declaration, the checker types calls
/// from it, and `docs/builtins.md` is it.
final class BuiltinTests: XCTestCase {
    func testEveryBuiltinIsDeclaredOnce() {
        XCTAssertEqual(Builtins.functions.map(\.id), Builtin.allCases, "one declaration per case, in the case order")
        for id in Builtin.allCases { XCTAssertEqual(Builtins.function(id).id, id) }
        XCTAssertEqual(Set(Builtins.collections), Set(Schema.collections.keys))
        XCTAssertEqual(Builtins.function(.round).signature, "round(x, [digits])")
        XCTAssertEqual(Builtins.function(.round).minArity, 1)
    }

    /// A wrong argument is named by the declared kind; the result type follows the declaration.
    func testCallsAreTypedFromTheSignature() {
        let text = """
            define account.a = percentile(contacts, 90%)
            define account.b = min(contacts)
            define account.c = first(activities).date
            define account.d = take(contacts, 2)
            """
        let folder = TemporaryFolder()
        let result = RuleSetChecker.check(path: folder.write("calls.rapport", text))
        let messages = result.diagnostics.filter { $0.severity == .error }.map(\.message)
        XCTAssertTrue(messages.contains("the 1st argument to `percentile` is not what I expect"), "\(messages)")
        XCTAssertTrue(messages.contains("the 1st argument to `min` is not what I expect"), "\(messages)")
        XCTAssertEqual(messages.count, 2, "\(messages)")
    }

    func testBuiltinReferenceIsCurrent() {
        assertGolden(Builtins.markdown(), "docs/builtins.md")
    }
}
