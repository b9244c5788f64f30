import Foundation
import XCTest
@testable import RapportBase

/// Every code the sources emit is in the catalogue, every catalogued code is emitted somewhere,
/// and `docs/diagnostics.md` is the catalogue.
final class DiagnosticCatalogueTests: XCTestCase {
    /// Codes written in the library's and the CLI's sources: string literals `"area.name"` of a
    /// catalogued area.
    func emittedCodes() throws -> Set<String> {
        let areas = DiagnosticCatalogue.areas.map(\.area).joined(separator: "|")
        let pattern = try NSRegularExpression(pattern: "\"((?:\(areas))\\.[a-z_]+)\"")
        var codes = Set<String>()
        let sources = Repo.path("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: sources)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for file in files where !file.hasSuffix("DiagnosticCatalogue.swift") {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return codes
    }

    func testEveryEmittedCodeIsCatalogued() throws {
        let emitted = try emittedCodes()
        XCTAssertGreaterThan(emitted.count, 90)
        let catalogued = Set(DiagnosticCatalogue.entries.map(\.code))
        XCTAssertEqual(emitted.subtracting(catalogued).sorted(), [], "emitted but not in DiagnosticCatalogue")
        XCTAssertEqual(catalogued.subtracting(emitted).sorted(), [], "catalogued but never emitted")
        XCTAssertEqual(catalogued.count, DiagnosticCatalogue.entries.count, "each code once")
        for entry in DiagnosticCatalogue.entries {
            XCTAssertTrue(DiagnosticCatalogue.areas.contains { entry.code.hasPrefix($0.area + ".") }, entry.code)
        }
    }

    func testTheDocsAreTheCatalogue() {
        assertGolden(DiagnosticCatalogue.markdown(), "docs/diagnostics.md")
    }
}
