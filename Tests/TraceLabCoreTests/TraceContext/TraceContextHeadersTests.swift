import Testing
import TraceLabCore

@Suite("trace context receiving and sending")
struct TraceContextHeadersTests {
    static let traceparent = TraceContextSamples.traceparent

    @Test("one valid traceparent continues the trace with its tracestate")
    func continuesTrace() throws {
        let context = try #require(
            TraceContextHeaders.extract(
                traceparent: [Self.traceparent], tracestate: ["congo=t61rcWkgMzE", "rojo=1"]))
        #expect(context.traceID.hex == TraceContextSamples.traceID)
        #expect(context.spanID.hex == TraceContextSamples.parentID)
        #expect(context.flags == .sampled)
        #expect(context.traceState.headerValue == "congo=t61rcWkgMzE,rojo=1")
    }

    static let restarts: [([String], TraceContextViolation.Rule)] = [
        ([], .missingTraceparent),
        ([traceparent, traceparent], .severalTraceparents),
        ([traceparent, "00-12345678901234567890123456789012-1234567890123456-01"], .severalTraceparents),
        (["00-\(TraceContextSamples.traceID)-0000000000000000-01"], .parentIDAllZeros),
        (["ff-\(TraceContextSamples.traceID)-\(TraceContextSamples.parentID)-01"], .versionForbidden),
    ]

    @Test(
        "starts a new trace when the traceparent headers are missing, several or malformed",
        arguments: restarts)
    func startsNewTrace(traceparent: [String], rule: TraceContextViolation.Rule) {
        #expect(TraceContextHeaders.extract(traceparent: traceparent, tracestate: ["foo=1"]) == nil)
        let result = TraceContextHeaders.receive(traceparent: traceparent, tracestate: ["foo=1"])
        #expect(throws: TraceContextViolation.self) { try result.get() }
        if case .failure(let violation) = result {
            #expect(violation.rule == rule)
        }
    }

    @Test("a broken tracestate is dropped without affecting the traceparent")
    func brokenTracestateIsDropped() throws {
        let context = try #require(
            TraceContextHeaders.extract(traceparent: [Self.traceparent], tracestate: ["foo=1", "BAR=2"]))
        #expect(context.traceID.hex == TraceContextSamples.traceID)
        #expect(context.traceState.isEmpty)
    }

    @Test("sends traceparent always and tracestate only when it has members")
    func injectsHeaders() throws {
        let base = try #require(TraceContextHeaders.extract(traceparent: [Self.traceparent], tracestate: []))
        let bare = TraceContextHeaders.inject(base)
        #expect(bare.map(\.name) == ["traceparent"])
        #expect(bare.map(\.value) == [Self.traceparent])

        var withState = base
        withState.traceState = TraceState(members: [.init(key: "rojo", value: "00f067aa0ba902b7")])
        let both = TraceContextHeaders.inject(withState)
        #expect(both.map(\.name) == ["traceparent", "tracestate"])
        #expect(both.last?.value == "rojo=00f067aa0ba902b7")
    }

    @Test("sends undefined flag bits as zero")
    func injectClearsUndefinedFlags() {
        let context = SpanContext(
            traceID: TraceID(high: 1, low: 2), spanID: SpanID(3), flags: TraceFlags(rawValue: 0x0b))
        #expect(
            TraceContextHeaders.inject(context).first?.value
                == "00-00000000000000010000000000000002-0000000000000003-01")
    }

    static let roundTripContexts: [SpanContext] = [
        SpanContext(
            traceID: TraceID(high: 0x4bf9_2f35_77b3_4da6, low: 0xa3ce_929d_0e0e_4736), spanID: SpanID(1)),
        SpanContext(
            traceID: TraceID(high: 0, low: 1), spanID: SpanID(.max), flags: [],
            traceState: TraceState(members: [.init(key: "congo", value: "t61rcWkgMzE")])),
        SpanContext(
            traceID: TraceID(high: .max, low: .max), spanID: SpanID(0x00f0_67aa_0ba9_02b7), flags: .sampled,
            traceState: TraceState(members: [
                .init(key: "fw529a3039@dt", value: " leading space kept"),
                .init(key: "rojo", value: "00f067aa0ba902b7"),
            ])),
    ]

    @Test("what inject sends, extract reads back unchanged", arguments: roundTripContexts)
    func roundTrips(context: SpanContext) {
        let headers = TraceContextHeaders.inject(context)
        let received = TraceContextHeaders.extract(
            traceparent: headers.filter { $0.name == TraceContextHeaders.traceparent }.map(\.value),
            tracestate: headers.filter { $0.name == TraceContextHeaders.tracestate }.map(\.value))
        #expect(received == context)
    }
}
