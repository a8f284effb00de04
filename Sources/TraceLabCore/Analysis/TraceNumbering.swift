/// Which trace each span of a list is in: a position among the list's trace ids, numbered in the
/// order each id first appears. Trace assembly, the tail-sampling collector and the sampling
/// report group spans by it (``numbers(of:given:)``).
///
/// The simulator numbers traces as it runs (``LabRun/spanTraces``). A span whose given number
/// names a trace already met, with the span's trace id, takes it with no lookup; only a trace's
/// first span is looked up, to be sure its id is new. From the first number that is missing or
/// wrong (a list changed after the run, or made elsewhere) every span is looked up; the numbers
/// handed out before stay right, as each was the one a lookup gives.
struct TraceNumbering {
    /// Every trace id met so far, at its number.
    private var positions = TracePositions()
    private let given: [Int32]
    /// False once a given number was missing or wrong.
    private var trusting: Bool

    /// Ready to number spans from index 0 on, using `given` (parallel to the spans) while right.
    private init(given: [Int32]) {
        self.given = given
        trusting = !given.isEmpty
        positions.reserveCapacity(expectedCount)
    }

    /// How many traces the given numbers name (0 without them): room to reserve.
    private var expectedCount: Int {
        given.isEmpty ? 0 : min(Int(given.max()!) + 1, given.count)
    }

    /// The number of the trace of the span at `index`, whose trace id is `traceID`. Spans are
    /// numbered in order, each once.
    @inline(__always)
    private mutating func number(_ index: Int, _ traceID: TraceID) -> Int {
        if trusting, index < given.count {
            let number = Int(given[index])
            if number >= 0, number < positions.count, positions.ids[number] == traceID { return number }
        }
        return lookUp(index, traceID)
    }

    private mutating func lookUp(_ index: Int, _ traceID: TraceID) -> Int {
        // A given number equal to the lookup's is right: an id met before gets its old number,
        // never the next one.
        let number = positions.insert(traceID).position
        if trusting, index >= given.count || number != Int(given[index]) { trusting = false }
        return number
    }

    /// The number of every span's trace in `spans`, in order, with `given` used while right, and
    /// the trace ids at their numbers.
    static func numbers(of spans: [RecordedSpan], given: [Int32] = []) -> (
        traceOf: [Int32], positions: TracePositions
    ) {
        var numbering = TraceNumbering(given: given)
        let traceOf = [Int32](unsafeUninitializedCapacity: spans.count) { traceOf, count in
            for index in spans.indices {
                traceOf[index] = Int32(truncatingIfNeeded: numbering.number(index, spans[index].traceID))
            }
            count = spans.count
        }
        return (traceOf, numbering.positions)
    }
}
