/// Running totals per trace, kept in the order each trace's first span came: what the sampling
/// report and the tail collector build while they read a run's spans once.
struct TraceTallies<Tally> {
    /// The totals, one per trace, in first-seen order.
    private(set) var tallies: [Tally] = []
    /// Where each trace's totals are in ``tallies``.
    private(set) var positions: [TraceID: Int] = [:]
    private let start: (TraceID) -> Tally

    /// Empty totals; `start` makes the totals of a trace seen for the first time.
    init(start: @escaping (TraceID) -> Tally) {
        self.start = start
    }

    /// Changes the totals of `traceID` (started first if new) with `change`; returns their position.
    @discardableResult
    mutating func update(_ traceID: TraceID, _ change: (inout Tally) -> Void) -> Int {
        let position: Int
        if let known = positions[traceID] {
            position = known
        } else {
            position = tallies.count
            positions[traceID] = position
            tallies.append(start(traceID))
        }
        change(&tallies[position])
        return position
    }
}
