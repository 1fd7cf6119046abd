// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "stakemap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stakemap", targets: ["stakemap"]),
        .library(name: "StakeMapKit", targets: ["StakeMapKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Graphviz's C API (libgvc + libcgraph), used in-process by Render/.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Turns schema/*.sql into Swift string constants at build time, so that
        // schema/ stays the one copy and the binary needs no files at run time.
        .executableTarget(name: "schema-embedder"),
        .plugin(
            name: "EmbedSchema",
            capability: .buildTool(),
            dependencies: ["schema-embedder"]
        ),
        .target(
            name: "StakeMapKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
                "CGraphviz",
            ],
            // The report's template, style and script, compiled into the binary: it needs no files at run time.
            resources: [
                .embedInCode("Resources/report.mustache"), .embedInCode("Resources/report-table.mustache"),
                .embedInCode("Resources/report-section.mustache"), .embedInCode("Resources/report.css"),
                .embedInCode("Resources/report.js"),
            ],
            plugins: ["EmbedSchema"]
        ),
        .executableTarget(
            name: "stakemap",
            dependencies: [
                "StakeMapKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The measurement harnesses of bench/ (render timing, the valgrind leak check).
        .executableTarget(
            name: "stakemap-bench",
            dependencies: ["StakeMapKit"]
        ),
        .testTarget(
            name: "StakeMapKitTests",
            dependencies: ["StakeMapKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "stakemapTests",
            dependencies: [
                "StakeMapKit", "stakemap", .product(name: "GRDB", package: "GRDB.swift"),
                // Builds the test workbooks from their XML parts.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
