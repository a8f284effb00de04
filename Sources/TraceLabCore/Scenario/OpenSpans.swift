/// The spans a simulation has started and not yet ended, in reusable slots: each one already
/// the ``RecordedSpan`` it will become, so ending it only sets its end and moves it out, with no
/// tracing-API span object and no copy. Ending a span frees its slot.
struct OpenSpans {
    /// A started span: the record being filled in, and whether its trace is sampled.
    struct Span {
        var recorded: RecordedSpan
        let sampled: Bool
    }

    private var slots: [Span?] = []
    private var free: [Int] = []

    /// Holds a span started at `startNanos` and returns its slot.
    mutating func open(
        context: SpanContext, parentSpanID: SpanID?, service: String, name: String, kind: RecordedSpan.Kind,
        startNanos: UInt64, attributes: SpanAttributeStore
    ) -> Int {
        let span = Span(
            recorded: RecordedSpan(
                traceID: context.traceID, spanID: context.spanID, parentSpanID: parentSpanID,
                service: service,
                name: name, kind: kind, startNanos: startNanos, endNanos: startNanos,
                attributeStore: attributes),
            sampled: context.flags.isSampled)
        if let slot = free.popLast() {
            slots[slot] = span
            return slot
        }
        slots.append(span)
        return slots.count - 1
    }

    /// The record of the span in `slot`, which must be open.
    subscript(slot: Int) -> RecordedSpan {
        get { slots[slot]!.recorded }
        _modify { yield &slots[slot]!.recorded }
    }

    /// Ends the span in `slot` at `endNanos` (never before its start), frees the slot, appends
    /// the finished span to `finished` and returns its sampled flag.
    mutating func close(_ slot: Int, at endNanos: UInt64, into finished: inout [RecordedSpan]) -> Bool {
        var span = slots[slot].take()!
        free.append(slot)
        span.recorded.endNanos = max(span.recorded.startNanos, endNanos)
        finished.append(span.recorded)
        return span.sampled
    }
}
