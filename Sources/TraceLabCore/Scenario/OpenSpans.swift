/// The spans a simulation has started and not yet ended, in reusable slots: each one already
/// the ``RecordedSpan`` it will become, so ending it only sets its end and moves it out, with no
/// tracing-API span object and no copy. Ending a span frees its slot.
///
/// A slot is raw memory that holds a record only while its span is open, so starting a span
/// writes the record once and ending it moves it out once, with no optional to wrap or destroy.
/// Not copyable: two copies would share the slots.
struct OpenSpans: ~Copyable {
    /// What a slot knows besides its record.
    private struct SlotState {
        /// When measuring, the OTLP size of the slot's span as far as it was known when it
        /// started (ids, name, kind, start, attributes), plus the attributes and events added
        /// since; 0 otherwise.
        var knownBytes = 0
        /// The run's number for the slot's trace (see ``Simulation/newTrace()``).
        var trace: Int32 = 0
        /// Whether the slot's trace is sampled.
        var sampled = false
        /// Whether the slot holds a record.
        var occupied = false
    }

    /// The slots' memory: each slot's record and state, and the slots free for reuse (a stack).
    /// What is left in them goes with it. Plain memory rather than arrays, so starting and ending
    /// a span checks no array's uniqueness or capacity.
    private final class Slots {
        let records: UnsafeMutablePointer<RecordedSpan>
        let states: UnsafeMutablePointer<SlotState>
        let free: UnsafeMutablePointer<Int>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            records = .allocate(capacity: capacity)
            states = .allocate(capacity: capacity)
            states.initialize(repeating: SlotState(), count: capacity)
            free = .allocate(capacity: capacity)
        }

        deinit {
            for slot in 0..<capacity where states[slot].occupied {
                (records + slot).deinitialize(count: 1)
            }
            records.deallocate()
            states.deinitialize(count: capacity)
            states.deallocate()
            free.deallocate()
        }
    }

    private var slots = Slots(capacity: 64)
    /// Slots handed out so far; those below this and not free hold a record.
    private var used = 0
    /// How many slots are on the free stack.
    private var freeCount = 0
    /// When the run measures spans, the OTLP/protobuf size of each one that ended, in the
    /// order they ended (the sampling report's input); empty when it keeps everything.
    private var sizes = RunTable<Int>()
    /// When measuring, the sampled flag of each span that ended, in the same order.
    private var sampledFlags = RunTable<Bool>()
    private let measuring: Bool

    /// Open spans of a run that, when `measuring`, notes each span's OTLP size and sampled flag
    /// as it ends.
    init(measuring: Bool) {
        self.measuring = measuring
    }

    /// Makes room for the sizes and flags of `count` spans, when measuring.
    mutating func reserveSizes(_ count: Int) {
        guard measuring else { return }
        sizes.reserveCapacity(count)
        sampledFlags.reserveCapacity(count)
    }

    /// The sizes measured so far, in the order the spans ended (empty when not measuring),
    /// handed over and forgotten.
    mutating func takeSizes() -> [Int] {
        sizes.takeArray()
    }

    /// The sampled flags of the spans that ended so far, in that order (empty when not
    /// measuring), handed over and forgotten: the sampling report reads these instead of looking
    /// every span up in the set of dropped ones.
    mutating func takeSampledFlags() -> [Bool] {
        sampledFlags.takeArray()
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
        if freeCount > 0 {
            freeCount -= 1
            slot = slots.free[freeCount]
        } else {
            if used == slots.capacity { grow() }
            slot = used
            used += 1
        }
        slots.states[slot] = SlotState(
            knownBytes: known, trace: trace, sampled: context.flags.isSampled, occupied: true)
        (slots.records + slot).initialize(
            to: RecordedSpan(
                traceID: context.traceID, spanID: context.spanID, parentSpanID: parentSpanID,
                service: service,
                name: name, kind: kind, startNanos: startNanos, endNanos: startNanos,
                attributeStore: attributes))
        return slot
    }

    /// Moves every record and state into slots twice as many.
    private mutating func grow() {
        let larger = Slots(capacity: slots.capacity * 2)
        for slot in 0..<slots.capacity where slots.states[slot].occupied {
            (larger.records + slot).moveInitialize(from: slots.records + slot, count: 1)
            larger.states[slot] = slots.states[slot]
            slots.states[slot].occupied = false
        }
        larger.free.initialize(from: slots.free, count: freeCount)
        slots = larger
    }

    /// Sets the attribute `key` of the span in `slot`, which must not have it yet.
    mutating func setAttribute(_ slot: Int, _ key: String, _ value: AttributeValue) {
        self[slot].attributeStore.set(key, value)
        if measuring { slots.states[slot].knownBytes += OTLPSpanSize.attributeBytes(key: key, value: value) }
    }

    /// Adds `event` to the span in `slot`.
    mutating func addEvent(_ slot: Int, _ event: RecordedSpan.Event) {
        self[slot].events.append(event)
        if measuring { slots.states[slot].knownBytes += OTLPSpanSize.eventBytes(event) }
    }

    /// The record of the span in `slot`, which must be open. Events and attributes are added
    /// through ``addEvent(_:_:)`` and ``setAttribute(_:_:_:)``, which size them.
    subscript(slot: Int) -> RecordedSpan {
        get {
            precondition(slot < used && slots.states[slot].occupied, "span slot \(slot) is not open")
            return slots.records[slot]
        }
        _modify {
            precondition(slot < used && slots.states[slot].occupied, "span slot \(slot) is not open")
            yield &slots.records[slot]
        }
    }

    /// The run's number for the trace of the span in `slot`.
    func trace(_ slot: Int) -> Int32 { slots.states[slot].trace }

    /// Ends the span in `slot` at `endNanos` (never before its start), frees the slot, moves
    /// the finished span to the end of `finished` (measuring its OTLP size, when measuring)
    /// and returns its sampled flag.
    mutating func close(_ slot: Int, at endNanos: UInt64, into finished: inout [RecordedSpan]) -> Bool {
        precondition(slot < used && slots.states[slot].occupied, "span slot \(slot) is not open")
        let record = slots.records + slot
        record.pointee.endNanos = max(record.pointee.startNanos, endNanos)
        slots.states[slot].occupied = false
        if measuring {
            sizes.append(
                OTLPSpanSize.closingBytes(UnsafePointer(record), knownBytes: slots.states[slot].knownBytes))
            sampledFlags.append(slots.states[slot].sampled)
        }
        finished.append(record.move())
        slots.free[freeCount] = slot
        freeCount += 1
        return slots.states[slot].sampled
    }
}
