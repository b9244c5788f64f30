import Foundation
import RapportFuzz
import XCTest

/// Replays every saved crash (`Tests/Fuzz/Regressions/TARGET/`) and the seed corpus
/// (`Tests/Fuzz/Corpus/TARGET/`, made by Tests/Fuzz/seed) through the fuzz targets: an input
/// that once trapped, hung or broke an invariant must now pass. A trap stops the test process,
/// which fails the run.
final class FuzzReplayTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    func inputs(_ folder: String, _ target: String) -> [URL] {
        let directory = Self.root.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { directory.appendingPathComponent($0) }
    }

    func replay(_ folder: String) throws -> Int {
        var count = 0
        for name in FuzzTargets.names {
            let run = try XCTUnwrap(FuzzTargets.all[name])
            for input in inputs(folder, name) {
                run(Array(try Data(contentsOf: input)))
                count += 1
            }
        }
        return count
    }

    func testEveryCrashFoundStaysFixed() throws {
        let replayed = try replay("Regressions")
        // The reproducers are saved there: the folder is never empty.
        XCTAssertGreaterThan(replayed, 10)
    }

    /// `Tests/Fuzz/run all` (what CI runs) names every target there is.
    func testTheRunScriptRunsEveryTarget() throws {
        let script = try String(contentsOf: Self.root.appendingPathComponent("run"), encoding: .utf8)
        let line = try XCTUnwrap(script.split(separator: "\n").first { $0.hasPrefix("targets=(") })
        XCTAssertEqual(line.dropFirst("targets=(".count).dropLast().split(separator: " ").map(String.init).sorted(), FuzzTargets.names)
    }

    func testSeedCorpusPasses() throws {
        let repository = Self.root.deletingLastPathComponent().deletingLastPathComponent()
        for name in FuzzTargets.names {
            let run = try XCTUnwrap(FuzzTargets.all[name])
            let seeds = FuzzSeeds.files(for: name, root: repository)
            XCTAssertFalse(seeds.isEmpty, "target \(name) has no seed")
            for seed in seeds { run(Array(try Data(contentsOf: seed))) }
        }
    }
}
