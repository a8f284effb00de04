/// A tail-sampling collector: it receives each span when the span ends, holds every trace until
/// no span of it has arrived for the rules' decision wait (then it takes the trace as
/// complete), and keeps or drops the whole trace by the rules.
public struct TailSampler: Sendable {
    /// The rules.
    public let rules: SamplingPolicy.TailRules

    /// Creates a collector with `rules`.
    public init(rules: SamplingPolicy.TailRules) {
        self.rules = rules
    }

    /// What the collector decided for a run, and what holding the traces cost it.
    public struct Outcome: Hashable, Sendable {
        /// The spans of dropped traces.
        public var droppedSpanIDs: Set<SpanID>
        /// What buffering cost.
        public var buffering: TailBuffering
    }

    /// Decides every trace among `spans` (spans already dropped by a head decision never reach
    /// the collector and are ignored).
    public func decide(_ spans: [RecordedSpan], alreadyDropped: Set<SpanID> = []) -> Outcome {
        var order: [TraceID] = []
        var members: [TraceID: [Int]] = [:]
        for (index, span) in spans.enumerated() where !alreadyDropped.contains(span.spanID) {
            if members[span.traceID] == nil { order.append(span.traceID) }
            members[span.traceID, default: []].append(index)
        }
        var dropped: Set<SpanID> = []
        var arrivals: [UInt64] = []
        arrivals.reserveCapacity(spans.count)
        var releases: [(at: UInt64, count: Int)] = []
        releases.reserveCapacity(order.count)
        var totalHold: UInt64 = 0
        var longestHold: UInt64 = 0
        for traceID in order {
            let indices = members[traceID]!
            var firstArrival = UInt64.max
            var lastArrival: UInt64 = 0
            for index in indices {
                firstArrival = min(firstArrival, spans[index].endNanos)
                lastArrival = max(lastArrival, spans[index].endNanos)
                arrivals.append(spans[index].endNanos)
            }
            if !keeps(indices.lazy.map { spans[$0] }, traceID: traceID) {
                for index in indices { dropped.insert(spans[index].spanID) }
            }
            let decidedAt = lastArrival + rules.decisionWaitNanos
            totalHold += decidedAt - firstArrival
            longestHold = max(longestHold, decidedAt - firstArrival)
            releases.append((decidedAt, indices.count))
        }
        // Walk arrivals and releases in time order; at one instant, releases come first.
        arrivals.sort()
        releases.sort { $0.at < $1.at }
        var held = 0
        var peak = 0
        var next = 0
        for arrival in arrivals {
            while next < releases.count, releases[next].at <= arrival {
                held -= releases[next].count
                next += 1
            }
            held += 1
            peak = max(peak, held)
        }
        let buffering = TailBuffering(
            decisionWaitNanos: rules.decisionWaitNanos,
            meanHoldNanos: order.isEmpty ? 0 : totalHold / UInt64(order.count), longestHoldNanos: longestHold,
            peakSpansHeld: peak)
        return Outcome(droppedSpanIDs: dropped, buffering: buffering)
    }

    /// True when a rule keeps the trace made of `spans`.
    public func keeps(_ spans: some Collection<RecordedSpan>, traceID: TraceID) -> Bool {
        if rules.errors, spans.contains(where: \.status.isError) { return true }
        if let threshold = rules.slowerThanNanos, TraceDuration.nanos(of: spans) > threshold { return true }
        return TraceIDRatio.keeps(traceID, ratio: rules.rest)
    }
}

/// What holding whole traces cost a tail-sampling collector.
public struct TailBuffering: Hashable, Sendable {
    /// How long it waited after a trace's last span before deciding.
    public var decisionWaitNanos: UInt64
    /// The average time a trace was held, from its first span's arrival to the decision.
    public var meanHoldNanos: UInt64
    /// The longest time a trace was held.
    public var longestHoldNanos: UInt64
    /// The most spans held in memory at one instant.
    public var peakSpansHeld: Int
}

/// How long a trace took, as a sampler or a reader judges it: its root span's duration (what
/// the user waited for) when the trace has one, else from its first span's start to its last
/// span's end.
public enum TraceDuration {
    /// The duration of the trace made of `spans`.
    public static func nanos(of spans: some Collection<RecordedSpan>) -> UInt64 {
        if let root = spans.first(where: \.isRoot) { return root.durationNanos }
        guard let start = spans.lazy.map(\.startNanos).min(), let end = spans.lazy.map(\.endNanos).max()
        else {
            return 0
        }
        return end - start
    }
}
