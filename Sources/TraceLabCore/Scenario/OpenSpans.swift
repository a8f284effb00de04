/// The spans a simulation has started and not yet ended, in reusable slots: each one already
/// the ``RecordedSpan`` it will become, so ending it only sets its end and moves it out, with no
/// tracing-API span object and no copy. Ending a span frees its slot.
struct OpenSpans {
    /// The records being filled in; nil in a free slot.
    private var records: [RecordedSpan?] = []
    /// Whether each slot's trace is sampled.
    private var sampled: [Bool] = []
    /// The OTLP size of each slot's attributes so far.
    private var attributesBytes: [Int] = []
    private var free: [Int] = []

    /// Holds a span started at `startNanos`, whose attributes take `attributesBytes` as
    /// OTLP/protobuf, and returns its slot.
    mutating func open(
        context: SpanContext, parentSpanID: SpanID?, service: String, name: String, kind: RecordedSpan.Kind,
        startNanos: UInt64, attributes: SpanAttributeStore, attributesBytes bytes: Int
    ) -> Int {
        let recorded = RecordedSpan(
            traceID: context.traceID, spanID: context.spanID, parentSpanID: parentSpanID, service: service,
            name: name, kind: kind, startNanos: startNanos, endNanos: startNanos, attributeStore: attributes)
        if let slot = free.popLast() {
            records[slot] = consume recorded
            sampled[slot] = context.flags.isSampled
            attributesBytes[slot] = bytes
            return slot
        }
        records.append(consume recorded)
        sampled.append(context.flags.isSampled)
        attributesBytes.append(bytes)
        return records.count - 1
    }

    /// Sets the attribute `key` of the span in `slot`, which must not have it yet.
    mutating func setAttribute(_ slot: Int, _ key: String, _ value: AttributeValue) {
        records[slot]!.attributeStore.set(key, value)
        attributesBytes[slot] += OTLPSpanSize.attributeBytes(key: key, value: value)
    }

    /// The record of the span in `slot`, which must be open.
    subscript(slot: Int) -> RecordedSpan {
        get { records[slot]! }
        _modify { yield &records[slot]! }
    }

    /// Ends the span in `slot` at `endNanos` (never before its start), frees the slot, moves
    /// the finished span to the end of `finished` (and its OTLP size to `sizes`, when given)
    /// and returns its sampled flag.
    mutating func close(
        _ slot: Int, at endNanos: UInt64, into finished: inout [RecordedSpan], sizes: inout [Int]?
    ) -> Bool {
        var recorded = records[slot].take()!
        free.append(slot)
        recorded.endNanos = max(recorded.startNanos, endNanos)
        sizes?.append(OTLPSpanSize.bytes(recorded, attributesBytes: attributesBytes[slot]))
        finished.append(consume recorded)
        return sampled[slot]
    }
}
