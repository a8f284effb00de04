/// What a run's sampling kept and what it lost: traces and spans kept out of the total, what
/// they cost as OTLP/protobuf, how many of the interesting traces (failed ones, the slowest
/// 1 %) survived, and which kept traces are broken, with the service to blame.
public struct SamplingReport: Hashable, Sendable {
    /// One trace id of the run and what became of it.
    public struct TraceOutcome: Hashable, Sendable {
        /// The trace.
        public let traceID: TraceID
        /// True when a backend received at least one of its spans.
        public let kept: Bool
        /// Its spans, and how many of them were kept.
        public let spans: Int
        /// Its spans that were exported.
        public let keptSpans: Int
        /// What all its spans would cost as OTLP/protobuf, and what the kept ones do.
        public let bytes: Int
        /// What its kept spans cost.
        public let keptBytes: Int
        /// True when one of its spans failed.
        public let hasError: Bool
        /// Its duration (see ``TraceDuration``).
        public let durationNanos: UInt64
    }

    /// A kept trace that a backend shows with a hole in it.
    public struct BrokenTrace: Hashable, Sendable {
        /// How it broke.
        public enum Reason: String, Hashable, Sendable {
            /// The service recorded spans although its caller dropped the trace: they arrive
            /// with a parent the backend never receives.
            case recordedUnderDroppedParent
            /// The service dropped its part of a trace its caller kept: the caller's span has
            /// no child on the other side.
            case droppedInsideKeptTrace
        }

        /// The trace.
        public let traceID: TraceID
        /// The service whose own decision disagreed with its parent's.
        public let service: String
        /// How.
        public let reason: Reason
    }

    /// The settings the run used.
    public let settings: SamplingSettings
    /// Every trace id of the run, in the order their first span ended.
    public let traces: [TraceOutcome]
    /// Kept traces that are broken, in trace order.
    public let brokenTraces: [BrokenTrace]
    /// How long the traces were held, for a tail policy.
    public let buffering: TailBuffering?
    /// How many requests the run sent, and at what rate: the base of the per-day figures.
    public let requests: Int
    /// Requests per second.
    public let ratePerSecond: Double
    private let positions: TracePositions

    /// Reports on `run`, whose requests arrived at `ratePerSecond`. One pass over the spans
    /// totals every trace; only traces that were partly kept are looked at again, for blame.
    public init(run: LabRun, ratePerSecond: Double) {
        settings = run.sampling
        buffering = run.tailBuffering
        requests = max(1, run.requests.count)
        self.ratePerSecond = ratePerSecond
        let (tally, positions) = Self.tallies(of: run)
        traces = tally.map(\.outcome)
        self.positions = positions
        let mixed = tally.indices.filter { tally[$0].keptSpans > 0 && tally[$0].keptSpans < tally[$0].spans }
        brokenTraces =
            mixed.isEmpty
            ? [] : Self.blame(mixed.map { tally[$0].traceID }, in: run, dropped: run.sampledOutSpanIDs)
    }

    /// Every trace's totals in `run`, in the order their first span ended, and where each trace
    /// id is among them: as the tail-sampling collector counted them, or else counted in one
    /// pass over the spans.
    private static func tallies(of run: LabRun) -> (tallies: [TraceTally], positions: TracePositions) {
        if !run.traceTallies.isEmpty { return (run.traceTallies, positions(of: run.traceTallies)) }
        let numbering = run.traceNumbering
        let traceOf = numbering.traceOf
        var tally = numbering.traceIDs.map(TraceTally.init)
        let positions = positions(of: tally)
        let sizes = run.spanBytes.count == run.spans.count ? run.spanBytes : run.spans.map(OTLPSpanSize.bytes)
        // The simulator's flags, when it left them, answer without looking each span up (or
        // building the set of dropped spans to look them up in).
        let flags = run.spanKept.count == run.spans.count ? run.spanKept : []
        let dropped = flags.isEmpty && run.hasSampledOutSpans ? run.sampledOutSpanIDs : []
        run.spans.withUnsafeBufferPointer { spans in
            traceOf.withUnsafeBufferPointer { traceOf in
                sizes.withUnsafeBufferPointer { sizes in
                    flags.withUnsafeBufferPointer { flags in
                        tally.withUnsafeMutableBufferPointer { tally in
                            for index in spans.indices {
                                let span = spans.baseAddress! + index
                                let kept =
                                    flags.isEmpty
                                    ? dropped.isEmpty || !dropped.contains(span.pointee.spanID) : flags[index]
                                tally[Int(traceOf[index])].add(span, bytes: sizes[index], kept: kept)
                            }
                        }
                    }
                }
            }
        }
        return (tally, positions)
    }

    /// Where each trace id of `tallies` is among them.
    private static func positions(of tallies: [TraceTally]) -> TracePositions {
        var positions = TracePositions()
        positions.reserveCapacity(tallies.count)
        for trace in tallies { _ = positions.insert(trace.traceID) }
        return positions
    }

    /// Why each of `traceIDs` (each partly kept) is broken, if it is, in the order given.
    private static func blame(_ traceIDs: [TraceID], in run: LabRun, dropped: SpanIDSet) -> [BrokenTrace] {
        let wanted = Set(traceIDs)
        var members: [TraceID: [RecordedSpan]] = [:]
        var services: [SpanID: String] = [:]
        for span in run.spans where wanted.contains(span.traceID) {
            members[span.traceID, default: []].append(span)
            services[span.spanID] = services[span.spanID] ?? span.service
        }
        let callees = Dictionary(
            run.crossings.lazy.filter { wanted.contains($0.callerTraceID) }.map { ($0.callerSpanID, $0) },
            uniquingKeysWith: { first, _ in first })
        return traceIDs.compactMap { traceID in
            let kept = members[traceID, default: []].filter { !dropped.contains($0.spanID) }
            let keptIDs = Set(kept.map(\.spanID))
            if let orphan = kept.first(where: { span in
                span.parentSpanID.map { !keptIDs.contains($0) } ?? false
            }) {
                return BrokenTrace(
                    traceID: traceID, service: orphan.service, reason: .recordedUnderDroppedParent)
            }
            guard
                let crossing = kept.lazy.compactMap({ callees[$0.spanID] }).first(where: { crossing in
                    crossing.calleeTraceID == traceID && dropped.contains(crossing.calleeSpanID)
                })
            else { return nil }
            return BrokenTrace(
                traceID: traceID, service: services[crossing.calleeSpanID] ?? crossing.to,
                reason: .droppedInsideKeptTrace)
        }
    }

    /// Traces a backend received.
    public var keptTraces: Int { traces.count { $0.kept } }
    /// Traces it never saw.
    public var droppedTraces: Int { traces.count - keptTraces }
    /// Spans exported.
    public var keptSpans: Int { traces.reduce(0) { $0 + $1.keptSpans } }
    /// Spans the services created.
    public var totalSpans: Int { traces.reduce(0) { $0 + $1.spans } }
    /// What the exported spans cost as OTLP/protobuf.
    public var keptBytes: Int { traces.reduce(0) { $0 + $1.keptBytes } }
    /// What exporting every span would cost.
    public var totalBytes: Int { traces.reduce(0) { $0 + $1.bytes } }
    /// Traces with a failed span.
    public var errorTracesTotal: Int { traces.count { $0.hasError } }
    /// Traces with a failed span that were kept.
    public var errorTracesKept: Int { traces.count { $0.hasError && $0.kept } }

    /// The slowest 1 % of traces (at least one), slowest first.
    public var slowestTraces: [TraceOutcome] {
        let count = max(1, (traces.count + 99) / 100)
        return Array(
            traces.sorted { ($0.durationNanos, $1.traceID) > ($1.durationNanos, $0.traceID) }.prefix(count))
    }

    /// How many of the slowest 1 % were kept.
    public var slowestKept: Int { slowestTraces.count { $0.kept } }

    /// Bytes per day at the run's rate, if every request cost what this run's did on average.
    public func perDay(_ bytes: Int) -> Double {
        Double(bytes) / Double(requests) * ratePerSecond * 86_400
    }

    /// Broken traces per blamed service, most first.
    public var brokenByService: [(service: String, traces: Int)] {
        var counts: [String: Int] = [:]
        for trace in brokenTraces { counts[trace.service, default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// The outcome of `traceID`, if the run had it.
    public func outcome(_ traceID: TraceID) -> TraceOutcome? {
        positions[traceID].map { traces[$0] }
    }
}
