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
    /// the collector and are ignored). One pass gathers each trace's arrivals and what the rules
    /// look at; the spans of dropped traces are then picked from what that pass noted.
    public func decide(_ spans: [RecordedSpan], alreadyDropped: SpanIDSet = []) -> Outcome {
        let reached = alreadyDropped.isEmpty ? [] : spans.map { !alreadyDropped.contains($0.spanID) }
        let decision = decide(spans, TraceNumbering(spans), reached: reached)
        return Outcome(droppedSpanIDs: SpanIDSet(decision.droppedIDs), buffering: decision.buffering)
    }

    /// What the collector decided for a run's spans: the ones it dropped, as a list of distinct
    /// ids; which were exported in the end (reached, in a trace it kept), parallel to the spans;
    /// and what holding the traces cost.
    struct Decision {
        var droppedIDs: [SpanID]
        var kept: [Bool]
        var buffering: TailBuffering
        /// When every span reached the collector and their sizes were given, each trace's
        /// totals as the sampling report counts them (see ``LabRun/traceTallies``); else empty.
        var tallies: [TraceTally] = []
    }

    /// ``decide(_:alreadyDropped:)`` for a run's spans, grouped by its trace numbers (see
    /// ``LabRun/traceNumbering``): `reached` tells, parallel to the spans, which ones reached the
    /// collector (empty: all of them); `sizes`, parallel to them too, is each span's OTLP size,
    /// which the decision's totals for the report then count (empty: no totals).
    func decide(_ run: LabRun, reached: [Bool], sizes: [Int] = []) -> Decision {
        decide(run.spans, run.traceNumbering, reached: reached, sizes: sizes)
    }

    private func decide(
        _ spans: [RecordedSpan], _ numbering: TraceNumbering, reached: [Bool], sizes: [Int] = []
    ) -> Decision {
        precondition(reached.isEmpty || reached.count == spans.count, "one flag per span")
        let everyReached = reached.isEmpty
        // With every span at the collector, its totals are the report's once sizes are counted.
        let counting = everyReached && sizes.count == spans.count
        let traceOf = numbering.traceOf
        var collected = numbering.traceIDs.map(TraceTally.init)
        // Read once from the spans: every span's id, and the ends of those that reached the
        // collector in the order they came.
        var arrivals: [UInt64] = []
        let ids = [SpanID](unsafeUninitializedCapacity: spans.count) { ids, written in
            arrivals = [UInt64](unsafeUninitializedCapacity: spans.count) { arrivals, arrived in
                spans.withUnsafeBufferPointer { spans in
                    traceOf.withUnsafeBufferPointer { traceOf in
                        reached.withUnsafeBufferPointer { reached in
                            sizes.withUnsafeBufferPointer { sizes in
                                collected.withUnsafeMutableBufferPointer { collected in
                                    for index in spans.indices {
                                        let span = spans.baseAddress! + index
                                        (ids.baseAddress! + index).initialize(to: span.pointee.spanID)
                                        guard everyReached || reached[index] else { continue }
                                        collected[Int(traceOf[index])].add(
                                            span, bytes: counting ? sizes[index] : 0, kept: true)
                                        (arrivals.baseAddress! + arrived).initialize(
                                            to: span.pointee.endNanos)
                                        arrived += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
            written = spans.count
        }
        let keptTraces = collected.map {
            $0.spans == 0
                || keeps(hasError: $0.hasError, durationNanos: $0.durationNanos, traceID: $0.traceID)
        }
        var kept = [Bool](repeating: false, count: spans.count)
        var droppedIDs: [SpanID] = []
        droppedIDs.reserveCapacity(zip(collected, keptTraces).reduce(0) { $0 + ($1.1 ? 0 : $1.0.spans) })
        for index in ids.indices where everyReached || reached[index] {
            if keptTraces[Int(traceOf[index])] {
                kept[index] = true
            } else {
                droppedIDs.append(ids[index])
            }
        }
        var decision = Decision(
            droppedIDs: droppedIDs, kept: kept, buffering: buffering(collected, arrivals: arrivals))
        if counting {
            for trace in collected.indices where !keptTraces[trace] { collected[trace].forgetKept() }
            decision.tallies = collected
        }
        return decision
    }

    /// What holding the traces of `collected` (totals over the spans that reached the collector;
    /// a trace with none never did) cost, the spans having arrived at `arrivals`.
    private func buffering(_ collected: [TraceTally], arrivals: [UInt64]) -> TailBuffering {
        // One walk over the traces that reached it: when each is released, and how long it was held.
        var releases: [(at: UInt64, count: Int)] = []
        releases.reserveCapacity(collected.count)
        var totalHold: UInt64 = 0
        var longestHold: UInt64 = 0
        for trace in collected where trace.spans > 0 {
            let release = trace.latestEnd + rules.decisionWaitNanos
            releases.append((release, trace.spans))
            totalHold += release - trace.earliestEnd
            longestHold = max(longestHold, release - trace.earliestEnd)
        }
        // Walk arrivals and releases in time order; at one instant, releases come first.
        let arrivals = MostlyAscending.sorted(arrivals)
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
        return TailBuffering(
            decisionWaitNanos: rules.decisionWaitNanos,
            meanHoldNanos: releases.isEmpty ? 0 : totalHold / UInt64(releases.count),
            longestHoldNanos: longestHold, peakSpansHeld: peak)
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
        nanos(
            rootDuration: spans.first(where: \.isRoot)?.durationNanos,
            earliestStart: spans.lazy.map(\.startNanos).min() ?? .max,
            latestEnd: spans.lazy.map(\.endNanos).max() ?? 0)
    }

    /// The rule itself, from a trace's totals: the first root span's duration, else from the
    /// earliest start to the latest end; 0 for a trace with no span (`earliestStart` past
    /// `latestEnd`).
    static func nanos(rootDuration: UInt64?, earliestStart: UInt64, latestEnd: UInt64) -> UInt64 {
        rootDuration ?? (earliestStart > latestEnd ? 0 : latestEnd - earliestStart)
    }
}
