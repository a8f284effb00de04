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
    private(set) var positions = TracePositions()

    /// Empty totals.
    init() {}

    /// The position of `traceID`'s totals in ``tallies``, started empty if the trace is new.
    mutating func position(of traceID: TraceID) -> Int {
        let (position, isNew) = positions.insert(traceID)
        if isNew { tallies.append(Tally(traceID: traceID)) }
        return position
    }
}
