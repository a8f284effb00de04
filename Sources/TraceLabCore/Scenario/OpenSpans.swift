/// The spans a simulation has started and not yet ended, in reusable slots: a plain value per
/// span instead of a tracing-API span object, so a run of 10,000 requests allocates almost
/// nothing per span. Ending a span turns it into a ``RecordedSpan`` and frees its slot.
struct OpenSpans {
    /// A started span.
    struct Span {
        let context: SpanContext
        let parentSpanID: SpanID?
        let service: String
        let name: String
        let kind: RecordedSpan.Kind
        let startNanos: UInt64
        var attributes: SpanAttributeStore
        var events: [RecordedSpan.Event] = []
        var status: RecordedSpan.Status = .ok
    }

    private var slots: [Span?] = []
    private var free: [Int] = []

    /// Holds `span` and returns its slot.
    mutating func open(_ span: Span) -> Int {
        if let slot = free.popLast() {
            slots[slot] = span
            return slot
        }
        slots.append(span)
        return slots.count - 1
    }

    /// The span in `slot`, which must be open.
    subscript(slot: Int) -> Span {
        get { slots[slot]! }
        _modify { yield &slots[slot]! }
    }

    /// Ends the span in `slot` at `endNanos`, frees the slot, appends the finished span to
    /// `finished` and returns its sampled flag.
    mutating func close(_ slot: Int, at endNanos: UInt64, into finished: inout [RecordedSpan]) -> Bool {
        let span = slots[slot].take()!
        free.append(slot)
        finished.append(
            RecordedSpan(
                traceID: span.context.traceID, spanID: span.context.spanID, parentSpanID: span.parentSpanID,
                service: span.service, name: span.name, kind: span.kind, startNanos: span.startNanos,
                endNanos: endNanos, status: span.status, attributeStore: span.attributes, events: span.events)
        )
        return span.context.flags.isSampled
    }
}
