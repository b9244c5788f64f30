import XCTest
@testable import RapportBase
@testable import RapportSyntax

/// The language server's parse cache: an unchanged file keeps its tree, a changed file or one
/// that moved in the source map is parsed again.
final class ParseCacheTests: XCTestCase {
    private func file(_ text: String, index: Int, path: String = "/r/a.rapport") -> SourceFile {
        var sources = SourceMap()
        for other in 0..<index { _ = sources.add(path: "/r/other\(other).rapport", bytes: []) }
        let id = sources.add(path: path, bytes: Array(text.utf8))
        return sources[id]
    }

    func testKeepsOnlyWhatCannotHaveChanged() {
        let cache = ParseCache()
        let text = "param a = 1\nparam b = 2\n"
        let first = cache.parse(file(text, index: 0))
        XCTAssertEqual(first.ast.declarations.count, 2)
        let again = cache.parse(file(text, index: 0))
        XCTAssertEqual(again.ast.comments.count, first.ast.comments.count)
        XCTAssertEqual(again.ast.declarations.map(\.span), first.ast.declarations.map(\.span))
        let edited = cache.parse(file(text + "param c = 3\n", index: 0))
        XCTAssertEqual(edited.ast.declarations.count, 3, "changed bytes are parsed again")
        let moved = cache.parse(file(text + "param c = 3\n", index: 2))
        XCTAssertEqual(moved.ast.file.index, 2, "a file at another place in the source map gets spans of that place")
        XCTAssertEqual(moved.ast.declarations.first?.span.file.index, 2)
    }
}
