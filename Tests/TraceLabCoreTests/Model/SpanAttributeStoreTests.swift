import Testing
import TraceLabCore

@Suite("A span's attributes: shared ones and its own")
struct SpanAttributeStoreTests {
    static let shared: [String: AttributeValue] = ["http.route": .string("/checkout"), "retries": .int(0)]

    @Test("an own value wins over a shared one with the same key, and a later own over an earlier")
    func overriding() {
        var store = SpanAttributeStore(shared: Self.shared)
        store.set("retries", .int(1))
        store.set("retries", .int(2))
        store.set("correlation.id", .string("req-1"))
        #expect(store["retries"] == .int(2))
        #expect(store["http.route"] == .string("/checkout"))
        #expect(store["missing"] == nil)
        #expect(
            store.dictionary == [
                "http.route": .string("/checkout"), "retries": .int(2), "correlation.id": .string("req-1"),
            ])
    }

    @Test("iterating yields each key once, with the winning value")
    func iteration() {
        var store = SpanAttributeStore(shared: Self.shared)
        store.set("retries", .int(1))
        store.set("retries", .int(2))
        let pairs = Array(store)
        #expect(pairs.count == 2)
        #expect(
            Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, _ in .bool(false) })
                == store.dictionary)
    }

    @Test("equality and hashing follow the attributes, not how they are split")
    func equality() {
        var split = SpanAttributeStore(shared: ["a": .int(1)])
        split.set("b", .string("x"))
        let whole = SpanAttributeStore(shared: ["a": .int(1), "b": .string("x")])
        #expect(split == whole)
        #expect(Set([split, whole]).count == 1)
        #expect(split != SpanAttributeStore(shared: ["a": .int(1)]))
    }

    @Test("a span reads one attribute without the dictionary, and setting the dictionary replaces all")
    func onASpan() {
        var store = SpanAttributeStore(shared: Self.shared)
        store.set("correlation.id", .string("req-9"))
        var span = RecordedSpan(
            traceID: TraceID(high: 1, low: 2), spanID: SpanID(3), parentSpanID: nil, service: "gateway",
            name: "POST /checkout", kind: .server, startNanos: 0, endNanos: 5, attributeStore: store)
        #expect(span.attribute("correlation.id") == .string("req-9"))
        #expect(span.attributes.count == 3)
        span.attributes = ["only": .bool(true)]
        #expect(span.attribute("correlation.id") == nil)
        #expect(span.attributes == ["only": .bool(true)])
    }
}

@Suite("Trace-context fields of a carrier")
struct TraceContextFieldsTests {
    @Test(
        "a dictionary splits into traceparent, tracestate and the rest, and back",
        arguments: [
            [:],
            ["traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"],
            ["traceparent": "00-x", "tracestate": "a=1", "baggage": "k=v"],
            ["tracestate": "only=1"],
        ] as [[String: String]])
    func roundTrip(dictionary: [String: String]) {
        let fields = TraceContextFields(dictionary)
        #expect(fields.dictionary == dictionary)
        #expect(fields.isEmpty == dictionary.isEmpty)
        #expect(fields.traceparent == dictionary["traceparent"])
    }

    @Test("a crossing's sent and received read and write through the fields")
    func crossing() {
        var crossing = BoundaryCrossing(
            boundary: "a:b", from: "a", to: "b", carrier: .http, attempt: 1, propagationEnabled: true,
            sentFields: TraceContextFields(traceparent: "00-x"), receivedFields: TraceContextFields(),
            callerSpanID: SpanID(1), callerTraceID: TraceID(high: 0, low: 1), calleeSpanID: SpanID(2),
            calleeTraceID: TraceID(high: 0, low: 2))
        #expect(crossing.sent == ["traceparent": "00-x"])
        #expect(crossing.received.isEmpty)
        crossing.received["traceparent"] = "00-y"
        #expect(crossing.receivedFields.traceparent == "00-y")
    }

    @Test(
        "a traceparent reads back exactly as written, at any length and in any bytes",
        arguments: [
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-011",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-é",
            // 55 bytes the spec's quick form does not take: each is kept as its text.
            "00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01",
            "00-00000000000000000000000000000000-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",
            "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "00_0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-ff",
            "", "\u{0}\u{1b}[31m",
        ])
    func traceparentText(value: String) {
        let fields = TraceContextFields(traceparent: value)
        #expect(fields.traceparent == value)
        #expect(Array(fields.traceparent!.utf8) == Array(value.utf8))
        #expect(fields == TraceContextFields(["traceparent": value]))
    }

    @Test("fields are equal and hash alike when their texts are equal strings, however each is held")
    func equalTexts() {
        let ascii = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0K"
        // The Kelvin sign is canonically equivalent to K, so Swift holds these strings equal;
        // one is 55 ASCII bytes, the other is not.
        let kelvin = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0\u{212A}"
        #expect(ascii == kelvin)
        let inline = TraceContextFields(traceparent: ascii)
        let text = TraceContextFields(traceparent: kelvin)
        #expect(inline == text)
        #expect(inline.hashValue == text.hashValue)
        #expect(Set([inline, text]).count == 1)
        #expect(inline != TraceContextFields(traceparent: String(ascii.dropLast()) + "k"))
    }

    @Test("each field set and cleared on its own; clearing them all leaves an empty carrier")
    func settingFields() {
        let traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
        var fields = TraceContextFields(traceparent: traceparent)
        fields.tracestate = "a=1"
        fields.others["baggage"] = "k=v"
        #expect(fields.dictionary == ["traceparent": traceparent, "tracestate": "a=1", "baggage": "k=v"])
        fields.tracestate = nil
        fields.others = [:]
        #expect(fields == TraceContextFields(traceparent: traceparent))
        fields.traceparent = "00-x"
        #expect(fields.dictionary == ["traceparent": "00-x"])
        fields.traceparent = nil
        #expect(fields.isEmpty)
        #expect(fields == TraceContextFields())
        #expect(fields.hashValue == TraceContextFields().hashValue)
    }
}
