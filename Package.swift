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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
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
        // Edge: the live lab: real services (Hummingbird), real calls (AsyncHTTPClient),
        // the OTLP/HTTP collector and exporter (SwiftProtobuf, generated code committed).
        .target(
            name: "TraceLabLive",
            dependencies: [
                "TraceLabCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "Instrumentation", package: "swift-distributed-tracing"),
            ],
            swiftSettings: strictSwift6
        ),
        // Edge: the propagation exercise over real HTTP: the harness that drives a learner's
        // service, its callback server, and TraceLab's own reference endpoint.
        .target(
            name: "TraceLabExercise",
            dependencies: [
                "TraceLabCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
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
                "TraceLabLive",
                "TraceLabExercise",
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
            dependencies: [
                "TraceLabCore", "TraceLabTerminal", "TraceLabStore", "TraceLabLive",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "TraceLabCoreTests",
            dependencies: [
                "TraceLabCore",
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "Instrumentation", package: "swift-distributed-tracing"),
            ],
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
            name: "TraceLabExerciseTests",
            dependencies: [
                "TraceLabExercise", "TraceLabCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "TraceLabCLITests",
            dependencies: [
                "TraceLabCLI", "TraceLabCore", "TraceLabTerminal", "TraceLabStore", "TraceLabLive",
                "TraceLabExercise", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSwift6
        ),
    ]
)
