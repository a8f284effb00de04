/// A crossing that lost its context, with the number of requests it could belong to if you
/// matched it by time, as people do by hand from logs: the caller-side spans on the same
/// boundary that were in flight when the orphaned side started.
public struct TimestampMatch: Hashable, Sendable {
    /// The crossing whose callee started a new trace.
    public let crossing: BoundaryCrossing
    /// How many calls (client spans still waiting) or messages (published, not yet taken) on the
    /// same boundary were in flight at the moment the callee's span started; at least 1, the
    /// true caller, whenever that caller was recorded.
    public let candidates: Int

    /// Creates a match.
    public init(crossing: BoundaryCrossing, candidates: Int) {
        self.crossing = crossing
        self.candidates = candidates
    }

    /// The candidate count of every lost crossing of `run`, in the run's crossing order. A call
    /// is in flight from its client span's start to its end; a message from its producer span's
    /// start until its consumer starts. Linear in the run's spans plus a sort per boundary.
    public static func matches(in run: LabRun) -> [TimestampMatch] {
        var wanted = Set<SpanID>()
        for crossing in run.crossings {
            wanted.insert(crossing.callerSpanID)
            wanted.insert(crossing.calleeSpanID)
        }
        return matches(in: run, positions: SpanPositions(run.spans, wanted: wanted))
    }

    /// ``matches(in:)`` with the positions of both ends of every crossing already found.
    static func matches(in run: LabRun, positions: SpanPositions) -> [TimestampMatch] {
        let lost = run.crossings.filter(\.lostContext)
        guard !lost.isEmpty else { return [] }
        var windows: [String: (starts: [UInt64], ends: [UInt64])] = [:]
        for crossing in run.crossings {
            guard let callerAt = positions[crossing.callerSpanID] else { continue }
            let callerEnd = run.spans[callerAt].endNanos
            let end: UInt64
            switch crossing.carrier {
            case .http: end = callerEnd
            case .message:
                end = positions[crossing.calleeSpanID].map { run.spans[$0].startNanos } ?? callerEnd
            }
            windows[crossing.boundary, default: ([], [])].starts.append(run.spans[callerAt].startNanos)
            windows[crossing.boundary, default: ([], [])].ends.append(end)
        }
        for key in windows.keys {
            windows[key]?.starts.sort()
            windows[key]?.ends.sort()
        }
        return lost.map { crossing in
            guard let calleeAt = positions[crossing.calleeSpanID], let window = windows[crossing.boundary]
            else {
                return TimestampMatch(crossing: crossing, candidates: 0)
            }
            let moment = run.spans[calleeAt].startNanos
            let started = countAtMost(moment, in: window.starts)
            let over = countBelow(moment, in: window.ends)
            return TimestampMatch(crossing: crossing, candidates: max(0, started - over))
        }
    }

    private static func countAtMost(_ value: UInt64, in sorted: [UInt64]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func countBelow(_ value: UInt64, in sorted: [UInt64]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
