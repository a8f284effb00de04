/// The spans a simulation has started and not yet ended, in reusable slots: each one already
/// the ``RecordedSpan`` it will become, so ending it only sets its end and moves it out, with no
/// tracing-API span object and no copy. Ending a span frees its slot.
struct OpenSpans {
    /// A started span: the record being filled in, whether its trace is sampled, and the OTLP
    /// size of its attributes so far.
    struct Span {
        var recorded: RecordedSpan
        let sampled: Bool
        var attributesBytes: Int
    }

    private var slots: [Span?] = []
    private var free: [Int] = []

    /// Holds a span started at `startNanos`, whose attributes take `attributesBytes` as
    /// OTLP/protobuf, and returns its slot.
    mutating func open(
        context: SpanContext, parentSpanID: SpanID?, service: String, name: String, kind: RecordedSpan.Kind,
        startNanos: UInt64, attributes: SpanAttributeStore, attributesBytes: Int
    ) -> Int {
        let span = Span(
            recorded: RecordedSpan(
                traceID: context.traceID, spanID: context.spanID, parentSpanID: parentSpanID,
                service: service,
                name: name, kind: kind, startNanos: startNanos, endNanos: startNanos,
                attributeStore: attributes),
            sampled: context.flags.isSampled, attributesBytes: attributesBytes)
        if let slot = free.popLast() {
            slots[slot] = span
            return slot
        }
        slots.append(span)
        return slots.count - 1
    }

    /// Sets the attribute `key` of the span in `slot`, which must not have it yet.
    mutating func setAttribute(_ slot: Int, _ key: String, _ value: AttributeValue) {
        slots[slot]!.recorded.attributeStore.set(key, value)
        slots[slot]!.attributesBytes += OTLPSpanSize.attributeBytes(key: key, value: value)
    }

    /// The record of the span in `slot`, which must be open.
    subscript(slot: Int) -> RecordedSpan {
        get { slots[slot]!.recorded }
        _modify { yield &slots[slot]!.recorded }
    }

    /// Ends the span in `slot` at `endNanos` (never before its start), frees the slot, appends
    /// the finished span to `finished` (and its OTLP size to `sizes`, when given) and returns its
    /// sampled flag.
    mutating func close(
        _ slot: Int, at endNanos: UInt64, into finished: inout [RecordedSpan], sizes: inout [Int]?
    ) -> Bool {
        var span = slots[slot].take()!
        free.append(slot)
        span.recorded.endNanos = max(span.recorded.startNanos, endNanos)
        sizes?.append(OTLPSpanSize.bytes(span.recorded, attributesBytes: span.attributesBytes))
        finished.append(span.recorded)
        return span.sampled
    }
}
