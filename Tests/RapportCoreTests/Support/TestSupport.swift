import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Paths of the repository, found from this file's location so tests run from any directory.
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// `../shared/spec/examples` beside the repository, when present.
    static var sharedExamples: String? {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared/spec/examples").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// Compares `actual` with a golden file; `RAPPORT_UPDATE_GOLDENS=1` rewrites the golden instead.
func assertGolden(_ actual: String, _ relativePath: String, file: StaticString = #filePath, line: UInt = #line) {
    let path = Repo.path(relativePath)
    if ProcessInfo.processInfo.environment["RAPPORT_UPDATE_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
        return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        XCTFail("missing golden \(relativePath); run with RAPPORT_UPDATE_GOLDENS=1 to create it", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDiff = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = firstDiff < expectedLines.count ? String(expectedLines[firstDiff]) : "<end>"
        let actualLine = firstDiff < actualLines.count ? String(actualLines[firstDiff]) : "<end>"
        XCTFail("""
            \(relativePath) differs at line \(firstDiff + 1):
              golden: \(expectedLine)
              actual: \(actualLine)
            (RAPPORT_UPDATE_GOLDENS=1 rewrites goldens)
            """, file: file, line: line)
    }
}

/// Parses `text` as a file called `test.rapport`.
func parse(_ text: String) -> (ParsedFile, SourceMap) {
    var sources = SourceMap()
    let id = sources.add(path: "test.rapport", bytes: Array(text.utf8))
    return (Parser.parse(sources[id]), sources)
}

/// Renders the diagnostics of `text` without colour.
func renderedDiagnostics(_ text: String) -> String {
    let (parsed, sources) = parse(text)
    return DiagnosticRenderer(sources: sources).render(parsed.diagnostics)
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "rapport-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let full = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
        return full
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The JSON of a generated portfolio of `accounts` accounts (as of 2026-11-27).
func generatedPortfolioJSON(_ accounts: Int, seed: UInt64) -> [UInt8] {
    var out: [UInt8] = []
    var writer = JSONStreamWriter { out.append(contentsOf: $0) }
    var generator = PortfolioGenerator(.init(accounts: accounts, seed: seed, asOf: CalendarDate(year: 2026, month: 11, day: 27)!))
    try! generator.write(to: &writer)
    return out
}

/// A generated portfolio of `accounts` accounts, loaded.
func generatedPortfolio(_ accounts: Int, seed: UInt64) throws -> Portfolio {
    var sources = SourceMap()
    let load = PortfolioLoader.load(bytes: generatedPortfolioJSON(accounts, seed: seed), path: "seed\(seed).json", syntax: .json,
                                    sources: &sources)
    return try XCTUnwrap(load.portfolio)
}
