import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Replays each `REPL/transcripts/*.txt` through the REPL core and compares the whole
/// transcript: the lines after `rapport> ` and `   ...> ` are typed, everything else is what
/// the REPL answered. `RAPPORT_UPDATE_GOLDENS=1` rewrites the answers.
final class TranscriptTests: XCTestCase {
    static let folder = Repo.path("REPL/transcripts")

    static func replay(_ transcript: String) throws -> String {
        let lines = transcript.components(separatedBy: "\n")
        let header = lines.prefix { $0.hasPrefix("#") }
        func setting(_ key: String) -> String? {
            header.first { $0.hasPrefix("# \(key): ") }.map { String($0.dropFirst(key.count + 4)) }
        }
        let portfolio = setting("portfolio").map(Repo.path) ?? Repo.path("Examples/northwind-team.json")
        // A file the transcript writes (`:save`) is removed before and after, so each replay starts afresh.
        let scratch = setting("scratch")
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        let (opened, problems) = ReplSession.open(rulesPath: setting("rules").map(Repo.path), portfolioPath: portfolio)
        let session = try XCTUnwrap(opened, problems)
        // Paths in answers are shown relative to the repository, as a user there would see them.
        let inputs = lines.compactMap { line -> String? in
            for prompt in ["rapport> ", "   ...> "] where line.hasPrefix(prompt) { return String(line.dropFirst(prompt.count)) }
            return nil
        }
        var out = header.map { $0 + "\n" }.joined()
        for input in inputs {
            out += (session.isContinuing ? "   ...> " : "rapport> ") + input + "\n"
            let reply = session.submit(input)
            out += reply.output.replacingOccurrences(of: Repo.path(""), with: "")
        }
        return out
    }

    func testTranscripts() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            assertGolden(try Self.replay(text), "REPL/transcripts/" + name)
        }
    }
}
