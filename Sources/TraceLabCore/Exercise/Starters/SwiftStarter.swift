/// The Swift starter: Hummingbird for the server, AsyncHTTPClient for the calls.
enum SwiftStarter {
    static let guide = StarterKit.Guide(
        language: "Swift",
        run: "swift run -c release Service",
        todo: "fill in `outgoingHeaders` in `Sources/Service/main.swift` (marked TODO).",
        openTelemetry: """
            With swift-distributed-tracing and swift-otel, the same steps are
            `InstrumentationSystem.instrument.extract(request.headers, into: &context, using: extractor)`
            with a W3C propagator, a client span per call started with that context, and
            `inject(context, into: &headers, using: injector)`; the comments in `main.swift` show where.
            Writing it by hand first is the point of the exercise.
            """)

    static let files = [
        StarterFile(path: "Package.swift", contents: package),
        StarterFile(path: "Sources/Service/main.swift", contents: service),
    ]

    static let package = #"""
        // swift-tools-version:6.0
        import PackageDescription

        let package = Package(
            name: "Service",
            platforms: [.macOS(.v14)],
            dependencies: [
                .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
                .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
            ],
            targets: [
                .executableTarget(
                    name: "Service",
                    dependencies: [
                        .product(name: "Hummingbird", package: "hummingbird"),
                        .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    ])
            ]
        )
        """#

    static let service = #"""
        // A service for `tracelab exercise propagation`: it keeps the W3C test harness's contract.
        // POST / with a JSON array of {"url": ..., "arguments": [...]}: for each element, in order,
        // POST `arguments` as JSON to `url`; answer 200 once every call has returned.
        import AsyncHTTPClient
        import Foundation
        import Hummingbird

        /// The trace-context headers for one outgoing call. `traceparents` and `tracestates` are every
        /// value of those headers on the incoming request, in order.
        func outgoingHeaders(traceparents: [String], tracestates: [String]) -> [(name: String, value: String)] {
            // TODO: propagate the trace context (see README.md, "What to write").
            //  1. Continue the incoming trace when exactly one valid traceparent arrived; otherwise
            //     start a new trace (random trace id, no tracestate).
            //  2. Use a new span id for this call as the parent id you send.
            //  3. Forward the tracestate you received, unchanged.
            // With swift-distributed-tracing this is where you would call
            //   InstrumentationSystem.instrument.extract(incoming, into: &context, using: extractor)
            //   withSpan("call", context: context, ofKind: .client) { span in
            //       InstrumentationSystem.instrument.inject(span.context, into: &headers, using: injector) }
            []
        }

        var configuration = HTTPClient.Configuration()
        configuration.tracing.tracer = nil  // only your code writes trace-context headers
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)

        let router = Router()
        router.post("/") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            guard let calls = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [[String: Any]]
            else { return Response(status: .badRequest) }
            let traceparents = request.headers[values: HTTPField.Name("traceparent")!]
            let tracestates = request.headers[values: HTTPField.Name("tracestate")!]
            for call in calls {
                guard let url = call["url"] as? String else { return Response(status: .badRequest) }
                var outgoing = HTTPClientRequest(url: url)
                outgoing.method = .POST
                outgoing.headers.add(name: "content-type", value: "application/json")
                for header in outgoingHeaders(traceparents: traceparents, tracestates: tracestates) {
                    outgoing.headers.add(name: header.name, value: header.value)
                }
                let arguments = try JSONSerialization.data(withJSONObject: call["arguments"] ?? [Any]())
                outgoing.body = .bytes(ByteBuffer(bytes: arguments))
                let response = try await client.execute(outgoing, timeout: .seconds(10))
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }

        let port = Int(ProcessInfo.processInfo.environment["PORT"] ?? "8000") ?? 8000
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in
                print("listening on http://127.0.0.1:\(channel.localAddress?.port ?? port)/")
                fflush(stdout)
            })
        try await app.runService()
        try await client.shutdown()
        """#
}
