/// The spans a simulation has started and not yet ended, in reusable slots: each one already
/// the ``RecordedSpan`` it will become, so ending it only sets its end and moves it out, with no
/// tracing-API span object and no copy. Ending a span frees its slot.
///
/// A slot is raw memory that holds a record only while its span is open, so starting a span
/// writes the record once and ending it moves it out once, with no optional to wrap or destroy.
/// Not copyable: two copies would share the slots.
struct OpenSpans: ~Copyable {
    /// The slots' memory, and which slots hold a record; what is left in them goes with it.
    private final class Slots {
        let records: UnsafeMutablePointer<RecordedSpan>
        let occupied: UnsafeMutablePointer<Bool>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            records = .allocate(capacity: capacity)
            occupied = .allocate(capacity: capacity)
            occupied.initialize(repeating: false, count: capacity)
        }

        deinit {
            for slot in 0..<capacity where occupied[slot] {
                (records + slot).deinitialize(count: 1)
            }
            records.deallocate()
            occupied.deinitialize(count: capacity)
            occupied.deallocate()
        }
    }

    private var slots = Slots(capacity: 64)
    /// Slots handed out so far; those below this and not in ``free`` hold a record.
    private var used = 0
    /// Whether each slot's trace is sampled.
    private var sampled: [Bool] = []
    /// When the run measures spans, the OTLP/protobuf size of each one that ended, in the
    /// order they ended (the sampling report's input); nil when it keeps everything.
    private var sizes: [Int]?
    private var measuring: Bool { sizes != nil }
    /// When measuring, the OTLP size of each slot's span as far as it was known when it started
    /// (ids, name, kind, start, attributes), plus the attributes set since; 0 otherwise.
    private var knownBytes: [Int] = []
    /// The run's number for each slot's trace (see ``Simulation/newTrace()``).
    private var traces: [Int32] = []
    private var free: [Int] = []

    /// Open spans of a run that measures each span's OTLP size as it ends when `measuring`.
    init(measuring: Bool) {
        sizes = measuring ? [] : nil
    }

    /// Makes room for the sizes of `count` spans, when measuring.
    mutating func reserveSizes(_ count: Int) {
        sizes?.reserveCapacity(count)
    }

    /// The sizes measured so far, in the order the spans ended (empty when not measuring),
    /// handed over and forgotten.
    mutating func takeSizes() -> [Int] {
        defer { sizes = measuring ? [] : nil }
        return sizes ?? []
    }

    /// Holds a span of the run's trace number `trace`, started at `startNanos`, whose attributes
    /// take `attributesBytes` as OTLP/protobuf, and returns its slot.
    mutating func open(
        context: SpanContext, trace: Int32, parentSpanID: SpanID?, service: String, name: String,
        kind: RecordedSpan.Kind, startNanos: UInt64, attributes: SpanAttributeStore,
        attributesBytes bytes: Int
    ) -> Int {
        let known =
            measuring
            ? bytes
                + OTLPSpanSize.openingBytes(
                    name: name, kind: kind, hasParent: parentSpanID != nil, startNanos: startNanos) : 0
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            sampled[slot] = context.flags.isSampled
            knownBytes[slot] = known
            traces[slot] = trace
        } else {
            if used == slots.capacity { grow() }
            slot = used
            used += 1
            sampled.append(context.flags.isSampled)
            knownBytes.append(known)
            traces.append(trace)
        }
        (slots.records + slot).initialize(
            to: RecordedSpan(
                traceID: context.traceID, spanID: context.spanID, parentSpanID: parentSpanID,
                service: service,
                name: name, kind: kind, startNanos: startNanos, endNanos: startNanos,
                attributeStore: attributes))
        slots.occupied[slot] = true
        return slot
    }

    /// Moves every record into slots twice as many.
    private mutating func grow() {
        let larger = Slots(capacity: slots.capacity * 2)
        for slot in 0..<slots.capacity where slots.occupied[slot] {
            (larger.records + slot).moveInitialize(from: slots.records + slot, count: 1)
            slots.occupied[slot] = false
            larger.occupied[slot] = true
        }
        slots = larger
    }

    /// Sets the attribute `key` of the span in `slot`, which must not have it yet.
    mutating func setAttribute(_ slot: Int, _ key: String, _ value: AttributeValue) {
        self[slot].attributeStore.set(key, value)
        if measuring { knownBytes[slot] += OTLPSpanSize.attributeBytes(key: key, value: value) }
    }

    /// The record of the span in `slot`, which must be open.
    subscript(slot: Int) -> RecordedSpan {
        get {
            precondition(slot < used && slots.occupied[slot], "span slot \(slot) is not open")
            return slots.records[slot]
        }
        _modify {
            precondition(slot < used && slots.occupied[slot], "span slot \(slot) is not open")
            yield &slots.records[slot]
        }
    }

    /// The run's number for the trace of the span in `slot`.
    func trace(_ slot: Int) -> Int32 { traces[slot] }

    /// Ends the span in `slot` at `endNanos` (never before its start), frees the slot, moves
    /// the finished span to the end of `finished` (measuring its OTLP size, when measuring)
    /// and returns its sampled flag.
    mutating func close(_ slot: Int, at endNanos: UInt64, into finished: inout [RecordedSpan]) -> Bool {
        precondition(slot < used && slots.occupied[slot], "span slot \(slot) is not open")
        let record = slots.records + slot
        record.pointee.endNanos = max(record.pointee.startNanos, endNanos)
        slots.occupied[slot] = false
        if !measuring {
            finished.append(record.move())
        } else {
            // Measured once moved out: reading the slot's record in place would copy it.
            let recorded = record.move()
            sizes!.append(OTLPSpanSize.bytes(recorded, knownBytes: knownBytes[slot]))
            finished.append(recorded)
        }
        free.append(slot)
        return sampled[slot]
    }
}
