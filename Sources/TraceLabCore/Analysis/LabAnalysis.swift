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

    /// Analyses `run`.
    public init(run: LabRun) {
        self.run = run
        let traces = TraceAssembly.assemble(run.spans)
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
        let spansByID = Dictionary(run.spans.map { ($0.spanID, $0) }, uniquingKeysWith: { first, _ in first })
        queueWaits = run.crossings.filter { $0.carrier == .message }.compactMap { crossing in
            guard let producer = spansByID[crossing.callerSpanID],
                let consumer = spansByID[crossing.calleeSpanID]
            else { return nil }
            return QueueWait(
                boundary: crossing.boundary, producerSpanID: producer.spanID, consumerSpanID: consumer.spanID,
                publishedNanos: producer.endNanos, consumedNanos: consumer.startNanos)
        }
    }

    /// How long the user waited: the request span's duration.
    public var userVisibleLatencyNanos: UInt64 { run.requestSpan?.durationNanos ?? 0 }

    /// From the first start to the last end of the request's trace, work after the response included.
    public var wholeTraceNanos: UInt64 { requestTrace?.durationNanos ?? 0 }

    /// How many traces the one request became (1 when propagation held everywhere).
    public var traceCount: Int { traces.count }

    /// The crossings whose callee started a new trace.
    public var lostCrossings: [BoundaryCrossing] { run.lostCrossings }

    /// Critical-path time charged to each service the request called, directly or not: each
    /// stretch goes to the first service below the entry service on its span's ancestry, so a
    /// payment provider's time counts toward billing, which called it. The entry service's own
    /// stretches count under its own name.
    public var criticalTimeByDownstreamService: [(service: String, nanos: UInt64)] {
        guard let trace = requestTrace, let request = trace.span(run.requestSpanID) else { return [] }
        var totals: [String: UInt64] = [:]
        for segment in criticalPath.segments {
            let owner = Self.downstreamOwner(of: segment.spanID, below: request, in: trace)
            totals[owner, default: 0] += segment.durationNanos
        }
        return totals.map { (service: $0.key, nanos: $0.value) }
            .sorted { ($1.nanos, $0.service) < ($0.nanos, $1.service) }
    }

    /// The called service that took the most critical-path time, or nil when the request called none.
    public var dominantService: String? {
        let entry = run.requestSpan?.service
        return criticalTimeByDownstreamService.first { $0.service != entry }?.service
    }

    /// The first span below `request` on `id`'s ancestry whose service differs from the request's.
    private static func downstreamOwner(of id: SpanID, below request: RecordedSpan, in trace: AssembledTrace)
        -> String
    {
        var chain: [RecordedSpan] = []
        var cursor = trace.span(id)
        var guardCount = 0
        while let span = cursor, span.spanID != request.spanID, guardCount <= trace.spans.count {
            chain.append(span)
            cursor = span.parentSpanID.flatMap { trace.span($0) }
            guardCount += 1
        }
        return chain.reversed().first { $0.service != request.service }?.service ?? request.service
    }
}

extension CriticalPath {
    /// A path made of the given segments (used for a run whose request span is missing).
    init(segments: [Segment]) {
        self.segments = segments
    }
}
