import Foundation
import XCTest

/// Runs the built `rapport` binary, as a user would.
enum CLI {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `rapport` executable next to the test bundle.
    static var binary: URL {
        var url = Bundle(for: Marker.self).bundleURL
        while url.pathExtension == "xctest" || url.lastPathComponent.hasSuffix(".xctest") { url.deleteLastPathComponent() }
        return url.appendingPathComponent("rapport")
    }

    private final class Marker {}

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `rapport` with `arguments` in the repository root.
    static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil,
                    input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repoRoot)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Compares with a golden under `Tests/Goldens`; `RAPPORT_UPDATE_GOLDENS=1` rewrites it.
func assertCLIGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let path = CLI.repoRoot + "/Tests/Goldens/" + name
    if ProcessInfo.processInfo.environment["RAPPORT_UPDATE_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
        return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        return XCTFail("missing golden Tests/Goldens/\(name); run with RAPPORT_UPDATE_GOLDENS=1", file: file, line: line)
    }
    XCTAssertEqual(actual, String(decoding: data, as: UTF8.self), "differs from Tests/Goldens/\(name)", file: file, line: line)
}

/// A test case with a fresh temporary folder (`folder`), removed after each test.
class FolderTestCase: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "rapport-\(type(of: self))-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }
}
