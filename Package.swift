// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .library(name: "RapportCore", targets: ["RapportCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "RapportCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "rapport-bench", dependencies: ["RapportCore"], path: "Sources/rapport-bench"),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
        .testTarget(name: "RapportCLITests", dependencies: ["rapport"]),
    ],
    swiftLanguageModes: [.v6]
)
