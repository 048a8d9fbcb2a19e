// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronograph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ChronographCore", targets: ["ChronographCore"]),
        .library(name: "ChronographExtraction", targets: ["ChronographExtraction"]),
        .library(name: "ChronographGraphviz", targets: ["ChronographGraphviz"]),
        .library(name: "ChronographStore", targets: ["ChronographStore"]),
        .library(name: "ChronographServer", targets: ["ChronographServer"]),
        .executable(name: "chronograph", targets: ["chronograph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .target(name: "ChronographCore", resources: [.copy("Resources")]),
        .target(
            name: "ChronographExtraction",
            dependencies: ["ChronographCore", .product(name: "Yams", package: "Yams")],
            // Each language's resource files ship in a folder named by its code.
            resources: [.copy("Resources"), .copy("Languages/Arabic/ar"), .copy("Languages/English/en")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ChronographGraphviz", dependencies: ["ChronographCore", "CGraphviz"]),
        .target(
            name: "ChronographStore",
            dependencies: [
                "ChronographCore", "ChronographExtraction", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "ChronographServer",
            dependencies: [
                "ChronographCore", "ChronographStore", "ChronographGraphviz", .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Explorer")]
        ),
        .executableTarget(
            name: "chronograph",
            dependencies: [
                "ChronographCore", "ChronographExtraction", "ChronographGraphviz", "ChronographStore", "ChronographServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronograph-bench",
            dependencies: ["ChronographCore", "ChronographExtraction", "ChronographGraphviz"]
        ),
        // libFuzzer targets (see README, Fuzzing); a plain build links them as empty programs.
        .executableTarget(name: "FuzzExtract", dependencies: ["ChronographCore", "ChronographExtraction"]),
        .executableTarget(name: "FuzzReaders", dependencies: ["ChronographCore", "ChronographExtraction"]),
        .executableTarget(name: "FuzzDictionary", dependencies: ["ChronographCore", "ChronographExtraction"]),
        .executableTarget(name: "FuzzRender", dependencies: ["ChronographCore", "ChronographGraphviz"]),
        .testTarget(name: "ChronographCoreTests", dependencies: ["ChronographCore"]),
        .testTarget(
            name: "ChronographExtractionTests", dependencies: ["ChronographExtraction", "ChronographCore"],
            // A third language defined by the tests alone (ThirdLanguageTests).
            resources: [.copy("ThirdLanguage/el")]
        ),
        .testTarget(name: "ChronographGraphvizTests", dependencies: ["ChronographGraphviz", "ChronographCore"]),
        .testTarget(name: "ChronographStoreTests", dependencies: ["ChronographStore", "ChronographCore", "ChronographExtraction"]),
        .testTarget(
            name: "ChronographServerTests",
            dependencies: [
                "ChronographServer", "ChronographStore", "ChronographCore", "ChronographExtraction",
            ]
        ),
        .testTarget(name: "ChronographCLITests", dependencies: ["ChronographCore"]),
    ]
)
