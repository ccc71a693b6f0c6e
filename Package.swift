// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Accord",
    products: [
        .library(name: "Accord", targets: ["Accord"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
        .executable(name: "accord", targets: ["AccordCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    ],
    targets: [
        // JSON values with source locations, and a draft 2020-12 JSON Schema validator.
        // Knows nothing about plans.
        .target(name: "JSONSchema"),
        // The plan model and every engine: loading, validation, diff, outline, rendering.
        // Yams is used for the libyaml it embeds (module CYaml): the loader reads libyaml's
        // events directly, keeping each node's line and column.
        .target(
            name: "Accord",
            dependencies: [
                "JSONSchema",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The thin command-line front end: argument parsing, then calls into Accord.
        .executableTarget(
            name: "AccordCLI",
            dependencies: [
                "Accord",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic synthetic plans and mutations with known ground truth
        // (diff quality tests and benchmarks).
        .target(name: "PlanSynthesis", dependencies: ["Accord"]),
        // Writes synthetic plans and mutated versions to disk for the benchmark.
        .executableTarget(name: "PlanSynth", dependencies: ["PlanSynthesis"]),
        // libFuzzer entry point over the loader, validators, diff and renderers (see Fuzz/).
        // Built normally it replays input files; built with -DACCORD_FUZZ it is a libFuzzer target.
        .executableTarget(name: "AccordFuzz", dependencies: ["Accord", "JSONSchema"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"]),
        .testTarget(
            name: "AccordTests",
            dependencies: ["Accord", "PlanSynthesis", "JSONSchema"],
            // Fixtures are read from disk by path (see TestPaths), not bundled as resources.
            exclude: ["Fixtures"]
        ),
    ]
)
