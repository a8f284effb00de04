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
        public var droppedSpanIDs: SpanIDSet
        /// What buffering cost.
        public var buffering: TailBuffering
    }

    /// Decides every trace among `spans` (spans already dropped by a head decision never reach
    /// the collector and are ignored). `traces`, when given, says which trace each span is in
    /// (see ``LabRun/spanTraces``). One pass gathers each trace's arrivals and what the rules
    /// look at; a second marks the spans of dropped traces.
    public func decide(
        _ spans: [RecordedSpan], traces numbered: [Int32] = [], alreadyDropped: SpanIDSet = []
    ) -> Outcome {
        let numbering = TraceNumbering(spans, given: numbered)
        var collected = numbering.traceIDs.map(HeldTrace.init)
        var arrivals: [UInt64] = []
        arrivals.reserveCapacity(spans.count)
        for index in spans.indices
        where alreadyDropped.isEmpty || !alreadyDropped.contains(spans[index].spanID) {
            collected[Int(numbering.traceOf[index])].add(spans, index)
            arrivals.append(spans[index].endNanos)
        }
        // A trace whose spans a head decision all dropped never reached the collector.
        let kept = collected.map {
            $0.spans == 0
                || keeps(hasError: $0.hasError, durationNanos: $0.durationNanos, traceID: $0.traceID)
        }
        var droppedIDs: [SpanID] = []
        droppedIDs.reserveCapacity(zip(collected, kept).reduce(0) { $0 + ($1.1 ? 0 : $1.0.spans) })
        for index in spans.indices where !kept[Int(numbering.traceOf[index])] {
            if alreadyDropped.isEmpty || !alreadyDropped.contains(spans[index].spanID) {
                droppedIDs.append(spans[index].spanID)
            }
        }
        let dropped = SpanIDSet(droppedIDs)
        let traces = collected.filter { $0.spans > 0 }
        var releases = traces.map { (at: $0.lastArrival + rules.decisionWaitNanos, count: $0.spans) }
        let holds = traces.map { $0.lastArrival + rules.decisionWaitNanos - $0.firstArrival }
        // Walk arrivals and releases in time order; at one instant, releases come first.
        arrivals = MostlyAscending.sorted(arrivals)
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
            meanHoldNanos: holds.isEmpty ? 0 : holds.reduce(0, +) / UInt64(holds.count),
            longestHoldNanos: holds.max() ?? 0, peakSpansHeld: peak)
        return Outcome(droppedSpanIDs: dropped, buffering: buffering)
    }

    /// True when a rule keeps the trace made of `spans`.
    public func keeps(_ spans: some Collection<RecordedSpan>, traceID: TraceID) -> Bool {
        keeps(
            hasError: spans.contains(where: \.status.isError), durationNanos: TraceDuration.nanos(of: spans),
            traceID: traceID)
    }

    private func keeps(hasError: Bool, durationNanos: UInt64, traceID: TraceID) -> Bool {
        if rules.errors, hasError { return true }
        if let threshold = rules.slowerThanNanos, durationNanos > threshold { return true }
        return TraceIDRatio.keeps(traceID, ratio: rules.rest)
    }
}

/// One trace as the collector holds it: when its spans arrived and what the rules look at.
private struct HeldTrace {
    let traceID: TraceID
    var spans = 0
    var firstArrival = UInt64.max
    var lastArrival: UInt64 = 0
    var hasError = false
    var rootDuration: UInt64?
    var earliestStart = UInt64.max
    var latestEnd: UInt64 = 0

    init(traceID: TraceID) {
        self.traceID = traceID
    }

    /// Holds the span at `index` of `spans`, read field by field, never copied.
    mutating func add(_ spans: [RecordedSpan], _ index: Int) {
        let start = spans[index].startNanos
        let end = spans[index].endNanos
        self.spans += 1
        firstArrival = min(firstArrival, end)
        lastArrival = max(lastArrival, end)
        hasError = hasError || spans[index].status.isError
        if rootDuration == nil, spans[index].parentSpanID == nil { rootDuration = end - start }
        earliestStart = min(earliestStart, start)
        latestEnd = max(latestEnd, end)
    }

    /// As ``TraceDuration`` measures it.
    var durationNanos: UInt64 { rootDuration ?? latestEnd - earliestStart }
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
