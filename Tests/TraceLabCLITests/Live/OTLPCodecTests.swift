import Foundation
import Testing
import TraceLabCore
import TraceLabLive

/// The OTLP codec through its public API: what the lab encodes, any OTLP receiver (the lab's
/// own included) reads back unchanged; the collector groups, waits for quiet and stays bounded.
@Suite struct OTLPCodecTests {
    static let trace = TraceID(high: 0x4bf9_2f35_77b3_4da6, low: 0xa3ce_929d_0e0e_4736)

    static func span(_ id: UInt64, parent: UInt64?, service: String, trace: TraceID = trace) -> RecordedSpan {
        RecordedSpan(
            traceID: trace, spanID: SpanID(id), parentSpanID: parent.map(SpanID.init), service: service,
            name: "op \(id)", kind: parent == nil ? .server : .client,
            startNanos: 1_700_000_000_000_000_000 + id,
            endNanos: 1_700_000_000_500_000_000, status: id == 3 ? .error("boom") : .ok,
            attributes: [
                "n": .int(Int64(id)), "ratio": .double(0.5), "ok": .bool(true), "who": .string(service),
            ],
            events: [
                RecordedSpan.Event(
                    name: "retry", timeNanos: 1_700_000_000_100_000_000, attributes: ["a": .int(2)])
            ])
    }

    @Test func protobufRoundTripKeepsEveryField() throws {
        let spans = [
            Self.span(1, parent: nil, service: "gateway"), Self.span(2, parent: 1, service: "gateway"),
            Self.span(3, parent: 2, service: "billing"),
        ]
        let body = OTLPProtobufEncoder.encode(spans, resources: ["billing": ["process.pid": .int(42)]])
        let decoded = try OTLPPayload.decode(body, encoding: .protobuf)
        #expect(Set(decoded.spans) == Set(spans))
        #expect(decoded.resources["billing"]?["process.pid"] == .int(42))
        #expect(decoded.resources["gateway"]?["service.name"] == .string("gateway"))
    }

    @Test(arguments: [
        ("application/x-protobuf", OTLPPayload.Encoding.protobuf), ("application/json; charset=utf-8", .json),
        ("Application/JSON", .json),
    ])
    func contentTypesNameTheirEncoding(contentType: String, encoding: OTLPPayload.Encoding) {
        #expect(OTLPPayload.Encoding(contentType: contentType) == encoding)
    }

    @Test func otherContentTypesAreNotOTLP() {
        #expect(OTLPPayload.Encoding(contentType: "text/plain") == nil)
    }

    @Test func endpointsWithoutAPathGetTheStandardOne() throws {
        #expect(try OTLPEndpoint("http://localhost:4318").url == "http://localhost:4318/v1/traces")
        #expect(try OTLPEndpoint("http://localhost:4318/").url == "http://localhost:4318/v1/traces")
        #expect(
            try OTLPEndpoint("https://collector.example/otlp/v1/traces").url
                == "https://collector.example/otlp/v1/traces")
        #expect(throws: OTLPExportError.self) { try OTLPEndpoint("localhost:4318") }
    }

    @Test func aTraceIsHandedOutOnceItIsQuiet() {
        let collector = TraceCollector(spanLimit: 100)
        _ = collector.add(ReceivedSpans(spans: [Self.span(1, parent: nil, service: "a")]), nowNanos: 1_000)
        _ = collector.add(ReceivedSpans(spans: [Self.span(2, parent: 1, service: "b")]), nowNanos: 5_000)
        #expect(collector.quietTraces(nowNanos: 5_500, quietNanos: 1_000).isEmpty)
        let ready = collector.quietTraces(nowNanos: 6_000, quietNanos: 1_000)
        #expect(ready.map(\.spans.count) == [2])
        #expect(ready.first?.early == false)
        #expect(collector.drain().isEmpty)
    }

    @Test func pastTheLimitTheOldestTraceIsHandedOutEarly() {
        let collector = TraceCollector(spanLimit: 3)
        let other = TraceID(high: 1, low: 2)
        _ = collector.add(
            ReceivedSpans(spans: [
                Self.span(1, parent: nil, service: "a"), Self.span(2, parent: 1, service: "a"),
            ]),
            nowNanos: 1)
        let early = collector.add(
            ReceivedSpans(spans: [
                Self.span(7, parent: nil, service: "b", trace: other),
                Self.span(8, parent: 7, service: "b", trace: other),
            ]),
            nowNanos: 2)
        #expect(early.map(\.spans.count) == [2])
        #expect(early.first?.early == true)
        #expect(early.first?.spans.first?.traceID == Self.trace)
        #expect(collector.drain().map { $0.spans.first?.traceID } == [other])
    }
}
