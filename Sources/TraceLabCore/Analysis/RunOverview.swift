/// What the list views of a run (`traces` and `metrics`) show, without the run's spans: a
/// summary of each trace, the metrics, what sampling dropped or broke, and the trace the views
/// show by default. It is a few hundred kilobytes for 10,000 requests, so it can be saved and
/// read back in milliseconds instead of simulating the run again.
public struct RunOverview: Hashable, Sendable {
    /// Every trace in start order.
    public let traces: [TraceSummary]
    /// Rate, errors and durations per service and operation, and the users' latency histogram.
    public let metrics: RunMetrics
    /// The traces sampling dropped entirely; empty when the run kept everything.
    public let dropped: Set<TraceID>
    /// Kept traces with a hole left by sampling.
    public let broken: Set<TraceID>
    /// For kept traces of which sampling dropped a part: how many spans a backend received.
    public let keptSpans: [TraceID: Int]
    /// The trace the views show when the learner chose none.
    public let defaultTrace: TraceID?

    /// Creates an overview from its parts.
    public init(
        traces: [TraceSummary], metrics: RunMetrics, dropped: Set<TraceID>, broken: Set<TraceID>,
        keptSpans: [TraceID: Int], defaultTrace: TraceID?
    ) {
        self.traces = traces
        self.metrics = metrics
        self.dropped = dropped
        self.broken = broken
        self.keptSpans = keptSpans
        self.defaultTrace = defaultTrace
    }

    /// The overview of `analysis`'s run, with what `sampling` kept and lost when the run sampled;
    /// `defaultTrace` is the trace the views show unless the learner chooses one.
    public init(analysis: LabAnalysis, sampling: SamplingReport?, defaultTrace: TraceID?) {
        var dropped: Set<TraceID> = []
        var broken: Set<TraceID> = []
        var keptSpans: [TraceID: Int] = [:]
        if let sampling {
            for outcome in sampling.traces {
                if !outcome.kept {
                    dropped.insert(outcome.traceID)
                } else if outcome.keptSpans < outcome.spans, keptSpans[outcome.traceID] == nil {
                    keptSpans[outcome.traceID] = outcome.keptSpans
                }
            }
            broken = Set(sampling.brokenTraces.map(\.traceID))
        }
        self.init(
            traces: TraceSummary.all(in: analysis), metrics: RunMetrics(run: analysis.run), dropped: dropped,
            broken: broken, keptSpans: keptSpans, defaultTrace: defaultTrace)
    }

    /// The trace the views show: the one whose 32-digit id is `selected` when the run has it,
    /// else ``defaultTrace``.
    public func shownTrace(selected: String?) -> TraceID? {
        if let selected, let id = TraceID(hex: selected), traces.contains(where: { $0.traceID == id }) {
            return id
        }
        return defaultTrace
    }
}
