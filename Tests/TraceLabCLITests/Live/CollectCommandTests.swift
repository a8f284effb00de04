import Foundation
import Testing
import TraceLabLive

/// `tracelab collect` as a user runs it: an OpenTelemetry SDK's real protobuf export and an
/// OTLP/JSON payload both come out as printed traces; bad payloads get 400 and change nothing.
@Suite(.timeLimit(.minutes(2))) struct CollectCommandTests {
    let binary: BuiltBinary

    init() async throws {
        binary = try BuiltBinary()
    }

    /// The request bodies the Python SDK sent (scripts/capture-otel-python.py).
    static func pythonCapture() throws -> [[UInt8]] {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/otlp")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("python-sdk-traces-") }.sorted()
        try #require(files.count == 4)
        return try files.map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// An OTLP/JSON export with a root and a child in two services, written by hand.
    static let jsonPayload = """
        {"resourceSpans":[
          {"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"web"}}]},
           "scopeSpans":[{"scope":{"name":"hand"},"spans":[
             {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"GET /",
              "kind":2,"startTimeUnixNano":"1700000000000000000","endTimeUnixNano":"1700000000300000000",
              "attributes":[{"key":"http.response.status_code","value":{"intValue":"200"}}]}]}]},
          {"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"db"}}]},
           "scopeSpans":[{"spans":[
             {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b175",
              "parentSpanId":"eee19b7ec3c1b174","name":"SELECT","kind":3,
              "startTimeUnixNano":"1700000000100000000","endTimeUnixNano":"1700000000250000000",
              "status":{"code":2,"message":"deadlock"}}]}]}
        ]}
        """

    func send(_ body: [UInt8], _ encoding: OTLPPayload.Encoding, to collector: RunningCollector) async throws
    {
        let endpoint = try OTLPEndpoint(collector.endpoint)
        try await OTLPHTTPExporter(endpoint: endpoint).export(body, encoding: encoding)
    }

    @Test func theOpenTelemetrySDKsProtobufAndAJSONPayloadArePrintedAsTraces() async throws {
        let collector = try RunningCollector(binary, arguments: ["--format", "json", "--quiet", "60000"])
        for body in try Self.pythonCapture() { try await send(body, .protobuf, to: collector) }
        try await send(Array(Self.jsonPayload.utf8), .json, to: collector)
        let result = try collector.stop()
        #expect(result.exitCode == 0, "\(result.errors)")
        let traces = try RunningCollector.traces(in: result.output)
        #expect(traces.count == 2)
        let python = try #require(traces.first { ($0["services"] as? [String])?.contains("cart") == true })
        #expect(python["services"] as? [String] == ["cart", "inventory", "shop-frontend"])
        #expect(python["spanCount"] as? Int == 4)
        #expect((python["rootSpanIds"] as? [String])?.count == 1)
        #expect((python["orphanSpanIds"] as? [String])?.isEmpty == true)
        let spans = try #require(python["spans"] as? [[String: Any]])
        #expect(
            spans.map { $0["name"] as? String } == ["GET /cart", "GET cart /items", "GET /items", "reserve"])
        let reserve = try #require(spans.last)
        #expect((reserve["status"] as? [String: Any])?["message"] as? String == "out of stock")
        #expect((reserve["attributes"] as? [String: String])?["inventory.ratio"] == "0.25")
        let resources = try #require(python["resources"] as? [String: [String: String]])
        #expect(resources["cart"]?["service.version"] == "1.2.3")
        #expect((python["criticalPath"] as? [[String: Any]])?.isEmpty == false)

        let hand = try #require(traces.first { ($0["services"] as? [String]) == ["db", "web"] })
        #expect(hand["traceId"] as? String == "5b8efff798038103d269b633813fc60c")
        #expect(hand["durationMs"] as? Double == 300)
        let handSpans = try #require(hand["spans"] as? [[String: Any]])
        #expect(handSpans.map { $0["spanId"] as? String } == ["eee19b7ec3c1b174", "eee19b7ec3c1b175"])
        #expect(handSpans.last?["parentSpanId"] as? String == "eee19b7ec3c1b174")
    }

    @Test func textShowsTheTreeAndExplainsAFragment() async throws {
        let collector = try RunningCollector(binary, arguments: ["--format", "text", "--quiet", "60000"])
        // The SDK exported the innermost spans first: these two arrive, their parent never does.
        let capture = try Self.pythonCapture()
        try await send(capture[1], .protobuf, to: collector)
        try await send(capture[0], .protobuf, to: collector)
        let result = try collector.stop()
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.output.contains("received 2 spans from"))
        #expect(result.output.contains("no root: every span's parent is elsewhere"))
        #expect(result.output.contains("orphan"))
        #expect(!result.containsEscape)
    }

    @Test(arguments: [
        ("not protobuf at all", OTLPPayload.Encoding.protobuf, "not a valid OTLP protobuf"),
        ("{\"resourceSpans\": [", .json, "not JSON"),
        (
            #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"abcd","spanId":"eee19b7ec3c1b174"}]}]}]}"#,
            .json, "16 needed"
        ),
    ])
    func aMalformedPayloadGets400AndTheCollectorKeepsGoing(
        body: String, encoding: OTLPPayload.Encoding, reason: String
    )
        async throws
    {
        let collector = try RunningCollector(binary, arguments: ["--format", "json", "--quiet", "60000"])
        await #expect {
            try await send(Array(body.utf8), encoding, to: collector)
        } throws: { error in
            let message = (error as? OTLPExportError)?.message ?? ""
            return message.contains("400") && message.contains(reason)
        }
        try await send(Array(Self.jsonPayload.utf8), .json, to: collector)
        let result = try collector.stop()
        #expect(try RunningCollector.traces(in: result.output).count == 1)
    }

    @Test func aBodyOverTheLimitGets413() async throws {
        let collector = try RunningCollector(binary)
        await #expect {
            try await send([UInt8](repeating: 0, count: 5 * 1024 * 1024), .protobuf, to: collector)
        } throws: { error in
            (error as? OTLPExportError)?.message.contains("413") == true
        }
        let result = try collector.stop()
        #expect(result.output.isEmpty)
    }
}
