// libFuzzer's entry point for Rapport: built by Tests/Fuzz/build (not by SwiftPM), linked
// with `-sanitize=fuzzer`, which brings libFuzzer's `main`. The target is chosen by the
// environment variable RAPPORT_FUZZ_TARGET (Tests/Fuzz/run sets it).
import Foundation
import RapportFuzz

nonisolated(unsafe) private var target: (@Sendable ([UInt8]) -> Void)?

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    let name = ProcessInfo.processInfo.environment["RAPPORT_FUZZ_TARGET"] ?? ""
    guard let chosen = FuzzTargets.all[name] else {
        FileHandle.standardError.write(Data("set RAPPORT_FUZZ_TARGET to one of: \(FuzzTargets.names.joined(separator: ", "))\n".utf8))
        exit(2)
    }
    // `Tests/Fuzz/run` asks for the seed corpus once: copied into a folder, then exit.
    if let folder = ProcessInfo.processInfo.environment["RAPPORT_FUZZ_WRITE_SEEDS"] {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for (index, file) in FuzzSeeds.files(for: name, root: root).enumerated() {
            try? FileManager.default.copyItem(at: file, to: URL(fileURLWithPath: folder).appendingPathComponent("seed-\(index)-\(file.lastPathComponent)"))
        }
        exit(0)
    }
    target = chosen
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target?(bytes)
    return 0
}
