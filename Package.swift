// swift-tools-version:6.0
import Foundation
import PackageDescription

// Across the layers, release builds inline as one module did: the hot paths (reading JSON,
// evaluating, writing reports) call small functions of the layers below millions of times.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

// Tests/Fuzz/build sets RAPPORT_FUZZ=1: the library and the fuzz targets are then instrumented
// for libFuzzer, and the build tool that embeds data (a host executable) is not.
let fuzzing = ProcessInfo.processInfo.environment["RAPPORT_FUZZ"] == "1"
let instrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []
let library = crossModule + instrumented

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .library(name: "RapportCore", targets: ["RapportCore"]),
        .library(name: "RapportWarehouse", targets: ["RapportWarehouse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        // The library, layered along the pipeline; each layer sees only those below it, so a
        // backward edge does not compile (docs/architecture.md).
        .target(name: "RapportBase", swiftSettings: library),
        // Data the binary carries (shipped rules, example team, help topics), embedded at build
        // time by the EmbedData plugin: one mechanism, nothing generated committed.
        .executableTarget(name: "rapport-embed", path: "Sources/rapport-embed"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["rapport-embed"]),
        .target(name: "RapportData", swiftSettings: instrumented, plugins: ["EmbedData"]),
        .target(name: "RapportSyntax", dependencies: ["RapportBase"], swiftSettings: library),
        .target(name: "RapportModel", dependencies: ["RapportSyntax", .product(name: "Yams", package: "Yams")], swiftSettings: library),
        .target(name: "RapportSemantics", dependencies: ["RapportModel"], swiftSettings: library),
        .target(name: "RapportEngine", dependencies: ["RapportSemantics", "RapportData"], swiftSettings: library),
        .target(name: "RapportReports", dependencies: ["RapportEngine"], swiftSettings: library),
        // The coaching history: the system's SQLite (public domain); Debian: libsqlite3-dev.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .target(name: "RapportHistory", dependencies: ["RapportReports", "CSQLite"], swiftSettings: library),
        .target(name: "RapportREPL", dependencies: ["RapportReports", "RapportHistory", "RapportData"], swiftSettings: library),
        // Rules compiled to SQL on the relational layout, for warehouses (docs/warehouse.md).
        .target(name: "RapportSQL", dependencies: ["RapportEngine"], swiftSettings: library),
        // Lint and coach on a warehouse: the compiled rules run on PostgreSQL (its wire
        // protocol, through postgres-nio) or Spark (its spark-sql command), findings come back.
        // Apart from RapportCore, so that the library and the fuzz build do not carry SwiftNIO.
        .target(name: "RapportWarehouse", dependencies: ["RapportSQL", "RapportReports", .product(name: "PostgresNIO", package: "postgres-nio")],
                swiftSettings: library),
        // The language server's core: JSON-RPC messages in, messages out.
        .target(name: "RapportLSP", dependencies: ["RapportEngine"], swiftSettings: library),
        // Every layer under one import, for users of the library.
        .target(name: "RapportCore", dependencies: ["RapportREPL", "RapportLSP", "RapportSQL"], swiftSettings: instrumented),
        // GNU readline (GPL-3.0-or-later) for the REPL's line editing; Debian: libreadline-dev.
        .systemLibrary(name: "CReadline", path: "Sources/CReadline",
                       providers: [.apt(["libreadline-dev"]), .brew(["readline"])]),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportCore",
                "RapportWarehouse",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "rapport-bench", dependencies: ["RapportCore"], path: "Sources/rapport-bench"),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
        // The fuzz targets (Tests/Fuzz/README.md): libFuzzer runs them through Tests/Fuzz/Entry,
        // the tests replay the seed corpus and every crash found through them.
        .target(name: "RapportFuzz", dependencies: ["RapportCore"], path: "Tests/Fuzz/RapportFuzz", swiftSettings: instrumented),
        .testTarget(name: "RapportFuzzTests", dependencies: ["RapportFuzz"], path: "Tests/RapportFuzzTests"),
        // forkpty for the REPL's pseudo-terminal tests.
        .target(name: "CPty", path: "Tests/CPty"),
        .testTarget(name: "RapportCLITests", dependencies: ["rapport", "CPty"]),
    ],
    swiftLanguageModes: [.v6]
)
