import Instrumentation
import Testing
import TraceLabCore
import Tracing

@Suite("The lab tracer records what it injected and extracted")
struct LabTracerRecordingTests {
    static func tracer(_ service: String, _ recorder: SpanRecorder) -> LabTracer {
        LabTracer(service: service, recorder: recorder, ids: SeededIDSource(seed: 11))
    }

    @Test("injecting through the tracing API and directly writes the same traceparent, recorded each time")
    func injections() throws {
        let recorder = SpanRecorder()
        let gateway = Self.tracer("gateway", recorder)
        let span = gateway.startSpan(
            "POST /checkout", context: .topLevel, ofKind: .client,
            at: VirtualInstant(nanosecondsSinceEpoch: 1))
        var headers = HTTPHeaders()
        gateway.inject(span.context, into: &headers, using: HTTPHeadersInjector())
        let direct = gateway.inject(span.spanContext)
        #expect(headers.values("traceparent") == [try #require(direct.traceparent)])
        #expect(recorder.injections.count == 2)
        #expect(
            recorder.injections.allSatisfy { $0.service == "gateway" && $0.spanContext == span.spanContext })
        #expect(recorder.injections[0].fields == ["traceparent": direct.traceparent!])
    }

    @Test(
        "a carrier the tracer fills holds the spec's header text for any context, zero ids and unknown flags included",
        arguments: [
            SpanContext(
                traceID: TraceID(high: 0x0af7_6519, low: 0x16cd), spanID: SpanID(0xb7ad), flags: .sampled),
            SpanContext(traceID: TraceID(high: 0, low: 0), spanID: SpanID(0xb7ad), flags: .sampled),
            SpanContext(
                traceID: TraceID(high: 1, low: 2), spanID: SpanID(0), flags: TraceFlags(rawValue: 0xff)),
            SpanContext(
                traceID: TraceID(high: 1, low: 2), spanID: SpanID(3), flags: TraceFlags(rawValue: 0x02)),
        ])
    func injectedText(context: SpanContext) throws {
        let tracer = Self.tracer("gateway", SpanRecorder())
        let fields = tracer.inject(context)
        let expected = try #require(TraceContextHeaders.inject(context).first?.value)
        #expect(fields.traceparent == expected)
        #expect(fields == TraceContextFields(traceparent: expected))
        #expect(tracer.extract(fields) == TraceContextHeaders.extract(traceparent: expected, tracestate: nil))
    }

    @Test("extracting records the fields found and the parent they gave, or none for a broken header")
    func extractions() throws {
        let recorder = SpanRecorder()
        let billing = Self.tracer("billing", recorder)
        let parent = SpanContext(traceID: TraceID(high: 1, low: 2), spanID: SpanID(3))
        let sent = Self.tracer("gateway", SpanRecorder()).inject(parent)
        #expect(billing.extract(sent) == parent)
        var broken = HTTPHeaders()
        broken.add(name: "traceparent", value: "00-xyz")
        var context = InstrumentationContext.topLevel
        billing.extract(broken, into: &context, using: HTTPHeadersExtractor())
        #expect(context.spanContext == nil)
        #expect(recorder.extractions.map(\.spanContext) == [parent, nil])
        #expect(recorder.extractions.map(\.fields) == [sent.dictionary, ["traceparent": "00-xyz"]])
        #expect(recorder.lastExtraction?.service == "billing")
    }

    @Test(
        "a recorder that ignores carriers still records spans, and the tracer still writes and reads headers")
    func spansOnly() throws {
        let recorder = SpanRecorder(keepingCarriers: false)
        let gateway = Self.tracer("gateway", recorder)
        let span = gateway.startSpan(
            "POST /checkout", context: .topLevel, ofKind: .client,
            at: VirtualInstant(nanosecondsSinceEpoch: 1))
        let sent = gateway.inject(span.spanContext)
        #expect(gateway.extract(sent) == span.spanContext)
        span.end(at: VirtualInstant(nanosecondsSinceEpoch: 5))
        #expect(recorder.injections.isEmpty)
        #expect(recorder.extractions.isEmpty)
        #expect(recorder.spans.map(\.spanID) == [span.spanContext.spanID])
    }

    @Test(
        "extracting from fields read as the spec reads the same text, whatever its length and bytes",
        arguments: [
            ("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", true),
            ("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00", true),
            // 55 bytes, a higher version: not the quick path's shape, still valid.
            ("01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", true),
            ("00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01", false),
            ("00-00000000000000000000000000000000-b7ad6b7169203331-01", false),
            ("00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01", false),
            ("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-ff", true),
            ("ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", false),
            (" 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\t", true),
            ("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-é", false),
        ])
    func extractionMatchesTheParser(traceparent: String, valid: Bool) {
        let billing = Self.tracer("billing", SpanRecorder())
        let extracted = billing.extract(TraceContextFields(traceparent: traceparent, tracestate: "a=1"))
        #expect(
            extracted == TraceContextHeaders.extract(traceparent: [traceparent], tracestate: ["a=1"]))
        #expect((extracted != nil) == valid)
    }
}
