// swift-tools-version:6.2
import PackageDescription

let strictSwift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "TraceLab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tracelab", targets: ["tracelab"]),
        .executable(name: "tracelab-bench", targets: ["tracelab-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure core: trace model, W3C trace context, propagation, scenario engine,
        // analysis, lesson and quiz models, grading. No I/O.
        .target(
            name: "TraceLabCore",
            dependencies: [
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "Instrumentation", package: "swift-distributed-tracing"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSwift6
        ),
        // Edge: libedit, the system line editor.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Edge: terminal rendering and line editing.
        .target(
            name: "TraceLabTerminal",
            dependencies: ["TraceLabCore", "CLibEdit"],
            swiftSettings: strictSwift6
        ),
        // Edge: the SQLite score store.
        .target(
            name: "TraceLabStore",
            dependencies: [
                "TraceLabCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSwift6
        ),
        // The shipped course (lessons/, quizzes/) embedded at build time, so a copied binary
        // still has it.
        .target(
            name: "TraceLabCourse",
            swiftSettings: strictSwift6,
            plugins: ["EmbedCourseContent"]
        ),
        .plugin(
            name: "EmbedCourseContent",
            capability: .buildTool(),
            dependencies: ["tracelab-embed-content"]
        ),
        .executableTarget(
            name: "tracelab-embed-content",
            swiftSettings: strictSwift6
        ),
        // Edge: the command grammar shared by the shell and the REPL, files, wiring.
        .target(
            name: "TraceLabCLI",
            dependencies: [
                "TraceLabCore",
                "TraceLabCourse",
                "TraceLabTerminal",
                "TraceLabStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "tracelab",
            dependencies: ["TraceLabCLI"],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "tracelab-bench",
            dependencies: ["TraceLabCore", "TraceLabTerminal", "TraceLabStore"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "TraceLabCoreTests",
            dependencies: ["TraceLabCore"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "TraceLabTerminalTests",
            dependencies: ["TraceLabTerminal", "TraceLabCore"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "TraceLabStoreTests",
            dependencies: ["TraceLabStore", "TraceLabCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "TraceLabCLITests",
            dependencies: ["TraceLabCLI", "TraceLabCore", "TraceLabTerminal", "TraceLabStore"],
            swiftSettings: strictSwift6
        ),
    ]
)
