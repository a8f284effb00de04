/// Running totals of one trace that ``TraceTallies`` can start for a trace it has not seen.
protocol TraceTotals {
    /// Empty totals for `traceID`.
    init(traceID: TraceID)
}

/// Running totals per trace, kept in the order each trace's first span came: what trace
/// assembly, the sampling report and the tail collector build while they read a run's spans once.
struct TraceTallies<Tally: TraceTotals> {
    /// The totals, one per trace, in first-seen order; change them in place through a position.
    var tallies: [Tally] = []
    /// Where each trace's totals are in ``tallies``.
    private(set) var positions: [TraceID: Int] = [:]
    /// The traces seen lately, each in the slot its id's low bits name: trace ids are random,
    /// and a trace's spans end close together, so most lookups end here without hashing.
    private var recent: [(traceID: TraceID, position: Int)]
    private let recentMask: Int

    /// Empty totals, ready for about `spans` spans (the memory of recent traces grows with it up
    /// to 16,384 slots: a busy run has thousands of traces in flight, and a slot another trace
    /// took sends the lookup to the dictionary).
    init(spans: Int = 4_096) {
        var slots = 16
        while slots < min(spans, 16_384) { slots *= 2 }
        recent = Array(repeating: (TraceID(high: 0, low: 0), -1), count: slots)
        recentMask = slots - 1
    }

    /// The position of `traceID`'s totals in ``tallies``, started empty if the trace is new.
    mutating func position(of traceID: TraceID) -> Int {
        let slot = Int(truncatingIfNeeded: traceID.low) & recentMask
        if recent[slot].position >= 0, recent[slot].traceID == traceID { return recent[slot].position }
        let position: Int
        if let known = positions[traceID] {
            position = known
        } else {
            position = tallies.count
            positions[traceID] = position
            tallies.append(Tally(traceID: traceID))
        }
        recent[slot] = (traceID, position)
        return position
    }
}
