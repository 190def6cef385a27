// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "stakemap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stakemap", targets: ["stakemap"]),
        .library(name: "StakeholderCore", targets: ["StakeholderCore"]),
        .library(name: "StakeholderExtraction", targets: ["StakeholderExtraction"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // Tests only: property-based checks of reading, segmenting and extraction.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "StakeholderCore",
            dependencies: [.product(name: "Collections", package: "swift-collections")]
        ),
        .target(
            name: "StakeholderExtraction",
            dependencies: ["StakeholderCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/lexicon")]
        ),
        .target(
            name: "GraphvizRendering",
            dependencies: ["StakeholderCore", "CGraphviz"]
        ),
        .executableTarget(
            name: "stakemap",
            dependencies: [
                "StakeholderCore", "StakeholderExtraction", "GraphvizRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "stakemap-bench",
            dependencies: [
                "StakeholderCore", "StakeholderExtraction", "GraphvizRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StakeholderCoreTests", dependencies: ["StakeholderCore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "StakeholderExtractionTests", dependencies: [
            "StakeholderExtraction", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
        .testTarget(name: "stakemapTests", dependencies: ["stakemap"], exclude: ["Fixtures"]),
    ]
)

// The fuzz target of `make fuzz`, built with -sanitize=fuzzer (which links libFuzzer):
// declared only when STAKEMAP_FUZZ is set, so that normal builds and tests never see it.
if Context.environment["STAKEMAP_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .executableTarget(
            name: "stakemap-fuzz",
            dependencies: ["StakeholderCore", "StakeholderExtraction", "CFuzzerDriver"],
            path: "Fuzz/ExtractorFuzz"
        ),
    ]
}
