/// What a learner reads off one run: how many traces it became, which crossings lost the
/// context, the request's critical path, the queue waits, and user-visible latency against the
/// whole trace's duration.
public struct LabAnalysis: Hashable, Sendable {
    /// The run analysed.
    public let run: LabRun
    /// The run's spans grouped into traces, first-starting trace first.
    public let traces: [AssembledTrace]
    /// The trace that holds the user's request span.
    public let requestTrace: AssembledTrace?
    /// The critical path of the user's request (work after the response is not on it).
    public let criticalPath: CriticalPath
    /// Spans of the request's trace that ended after the response was sent, such as a queue
    /// consumer: shown apart, never counted in the request's latency.
    public let afterResponse: [SpanID]
    /// One entry per message crossing: publish to consume.
    public let queueWaits: [QueueWait]
    /// Every lost crossing with the number of requests it could belong to by timestamps.
    public let timestampMatches: [TimestampMatch]
    /// Critical-path time by the request's direct dependencies (see
    /// ``criticalTimeByDownstreamService``), computed once.
    private let downstream: DownstreamBreakdown

    /// Analyses `run`.
    public init(run: LabRun) {
        self.init(run: run, traces: TraceAssembly.assemble(run))
    }

    /// Analyses `run`, asking `cancellation` as it goes; throws ``ScenarioRunError/cancelled``
    /// once it says stop, so the analysis of a big run ends early too.
    public init(run: LabRun, cancellation: RunCancellation) throws(ScenarioRunError) {
        let traces = try TraceAssembly.assemble(run, cancellation: cancellation)
        try cancellation.stopIfCancelled()
        self.init(run: run, traces: traces)
    }

    private init(run: LabRun, traces: [AssembledTrace]) {
        self.run = run
        self.traces = traces
        let requestTrace = traces.first { $0.span(run.requestSpanID) != nil }
        self.requestTrace = requestTrace
        if let requestTrace, let request = requestTrace.span(run.requestSpanID) {
            criticalPath = CriticalPath(of: request.spanID, in: requestTrace)
            afterResponse = requestTrace.spans.filter { $0.endNanos > request.endNanos }.map(\.spanID)
        } else {
            criticalPath = CriticalPath(segments: [])
            afterResponse = []
        }
        // The queue waits of the first request only: a many-request run has one per message.
        let firstRequest = run.requests.first?.number
        let ownMessages = run.crossings.indices.filter { index in
            run.crossings[index].carrier == .message
                && (index >= run.crossingRequests.count || run.crossingRequests[index] == firstRequest)
        }.map { run.crossings[$0] }
        let lost = run.crossings.contains(where: \.lostContext)
        // Timestamp matching reads both ends of every crossing, but only when one lost its context.
        var wanted = Set<SpanID>()
        for crossing in lost ? run.crossings : ownMessages {
            wanted.insert(crossing.callerSpanID)
            wanted.insert(crossing.calleeSpanID)
        }
        let positions = SpanPositions(run.spans, wanted: wanted)
        queueWaits = ownMessages.compactMap { crossing in
            guard let producerAt = positions[crossing.callerSpanID],
                let consumerAt = positions[crossing.calleeSpanID]
            else { return nil }
            let producer = run.spans[producerAt]
            let consumer = run.spans[consumerAt]
            return QueueWait(
                boundary: crossing.boundary, producerSpanID: producer.spanID, consumerSpanID: consumer.spanID,
                publishedNanos: producer.endNanos, consumedNanos: consumer.startNanos,
                knownOnlyToSimulator: producer.traceID != consumer.traceID)
        }
        timestampMatches = lost ? TimestampMatch.matches(in: run, positions: positions) : []
        downstream = DownstreamBreakdown(
            criticalPath: criticalPath, trace: requestTrace, requestSpanID: run.requestSpanID)
    }

    /// How long the user waited: the request span's duration.
    public var userVisibleLatencyNanos: UInt64 { run.requestSpan?.durationNanos ?? 0 }

    /// From the first start to the last end of the request's trace, work after the response included.
    public var wholeTraceNanos: UInt64 { requestTrace?.durationNanos ?? 0 }

    /// How many traces the one request became (1 when propagation held everywhere).
    public var traceCount: Int { traces.count }

    /// The crossings whose callee started a new trace.
    public var lostCrossings: [BoundaryCrossing] { run.lostCrossings }

    /// Critical-path time charged to the service whose span each stretch is: a payment
    /// provider's own work counts under its own name, a client span's network time under the
    /// caller. Largest first, ties by name.
    public var criticalTimeByService: [(service: String, nanos: UInt64)] {
        guard let trace = requestTrace else { return [] }
        var totals: [String: UInt64] = [:]
        for segment in criticalPath.segments {
            guard let span = trace.span(segment.spanID) else { continue }
            totals[span.service, default: 0] += segment.durationNanos
        }
        return Self.ordered(totals)
    }

    /// Critical-path time by the request's direct dependencies: each stretch goes to the first
    /// service below the entry service on its span's ancestry, so a payment provider's time
    /// counts toward billing, which called it. A client span of the entry service whose callee
    /// is not in the trace (the context was lost there) counts toward the service it called:
    /// the caller's wait still shows where the time went. The entry service's own stretches
    /// count under its own name.
    public var criticalTimeByDownstreamService: [(service: String, nanos: UInt64)] {
        Self.ordered(downstream.totals)
    }

    /// The called service that took the most critical-path time by the request's direct
    /// dependencies, or nil when the request called none.
    public var dominantService: String? {
        let entry = run.requestSpan?.service
        return criticalTimeByDownstreamService.first { $0.service != entry }?.service
    }

    /// True when the dominant service's time was seen only through the entry service's client
    /// spans, because its own spans are in another trace.
    public var dominantServiceSpansElsewhere: Bool {
        guard let dominant = dominantService else { return false }
        return downstream.seenOnlyFromCaller.contains(dominant)
    }

    private static func ordered(_ totals: [String: UInt64]) -> [(service: String, nanos: UInt64)] {
        totals.map { (service: $0.key, nanos: $0.value) }
            .sorted { ($1.nanos, $0.service) < ($0.nanos, $1.service) }
    }
}

extension CriticalPath {
    /// A path made of the given segments (used for a run whose request span is missing).
    init(segments: [Segment]) {
        self.segments = segments
    }
}
