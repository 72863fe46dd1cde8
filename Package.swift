// swift-tools-version:6.0
import PackageDescription

// One module per pipeline stage; plain value types flow from one to the next:
// Ingest (HTML/text → Article) → Sentences → Claims → Check (rules + reference data → verdicts) → Report.
let package = Package(
    name: "claimcheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimcheck", targets: ["claimcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Inflates the gzip members of .warc.gz web archives.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Ingest", dependencies: ["CLibXML2", "CZlib"]),
        .target(name: "Sentences", dependencies: ["Ingest"]),
        .target(name: "Claims", dependencies: ["Sentences"]),
        .target(name: "Check", dependencies: ["Claims", "Sentences", .product(name: "Yams", package: "Yams")]),
        .target(name: "Report", dependencies: ["Check", .product(name: "Mustache", package: "swift-mustache")]),
        // The results database of batch runs: what was checked, with which rules and data, so re-runs skip the unchanged.
        .target(
            name: "Store",
            dependencies: ["Check", "Report", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "claimcheck",
            dependencies: [
                "Ingest", "Sentences", "Claims", "Check", "Report", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "SentencesBenchmark", dependencies: ["Sentences"], path: "Benchmarks/SentencesBenchmark"),
        .executableTarget(name: "NumbersBenchmark", dependencies: ["Claims"], path: "Benchmarks/NumbersBenchmark"),
        .executableTarget(
            name: "AttributionBenchmark",
            dependencies: ["Ingest", "Sentences", "Claims"],
            path: "Benchmarks/AttributionBenchmark"
        ),
        .executableTarget(name: "BatchBenchmark", path: "Benchmarks/BatchBenchmark"),
        .executableTarget(name: "IngestBenchmark", dependencies: ["Ingest"], path: "Benchmarks/IngestBenchmark"),
        .executableTarget(name: "ReportBenchmark", dependencies: ["Report"], path: "Benchmarks/ReportBenchmark"),
        .executableTarget(name: "CheckBenchmark", dependencies: ["Check", "Claims"], path: "Benchmarks/CheckBenchmark"),
        .executableTarget(
            name: "StoreBenchmark",
            dependencies: ["Ingest", "Sentences", "Claims", "Check", "Report", "Store"],
            path: "Benchmarks/StoreBenchmark"
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: []),
        .testTarget(name: "SentencesTests", dependencies: ["Sentences"], exclude: ["Cases"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims"], exclude: ["AttributionCases"]),
        .testTarget(name: "CheckTests", dependencies: ["Check"]),
        .testTarget(
            name: "ReportTests",
            dependencies: ["Report", "Ingest", "Sentences", "Claims", "Check", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Report", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ClaimcheckTests", dependencies: ["claimcheck"]),
    ]
)
