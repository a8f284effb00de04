import Testing
import TraceLabCore

@Suite("The OTLP/protobuf size of a span")
struct OTLPSpanSizeTests {
    @Test("a bare root span: ids, name, kind and two timestamps, worked out by hand")
    func bare() {
        let span = RecordedSpan(
            traceID: TraceID(high: 1, low: 2), spanID: SpanID(3), parentSpanID: nil, service: "gateway",
            name: "op", kind: .server, startNanos: 1, endNanos: 2)
        // trace id 18 + span id 10 + name 4 + kind 2 + two fixed64 times 18 = 52; framed: 1 + 1 + 52.
        #expect(OTLPSpanSize.bytes(span) == 54)
    }

    @Test("attributes, a parent and an error status add their encoded sizes")
    func richer() {
        var span = RecordedSpan(
            traceID: TraceID(high: 1, low: 2), spanID: SpanID(3), parentSpanID: SpanID(4), service: "gateway",
            name: "op", kind: .client, startNanos: 1, endNanos: 2, status: .error("no"))
        span.attributes = ["k": .int(1)]
        // + parent 10; attribute: key 3 + value (1+1+ (1+1)) = 3 + 4 = 7, framed 9;
        // status: message 4 + code 2 = 6, framed 8. Body 52 + 10 + 9 + 8 = 79; framed 81.
        #expect(OTLPSpanSize.bytes(span) == 81)
    }
}
