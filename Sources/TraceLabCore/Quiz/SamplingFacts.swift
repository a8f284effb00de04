/// Trace facts about what a run's sampling kept, read from its ``SamplingReport``.
enum SamplingFacts {
    /// `fact` of `run`; only the sampling facts are answered here.
    static func fact(_ fact: TraceFact, in run: LabRun) throws(TraceFactError) -> TraceFactValue {
        let report = SamplingReport(run: run, ratePerSecond: 1)
        switch fact {
        case .keptTraceCount:
            return .number(Double(report.keptTraces))
        case .errorTracesKept:
            return .number(Double(report.errorTracesKept))
        case .brokenTraceService:
            guard let worst = report.brokenByService.first else {
                throw TraceFactError(
                    "sampling left no trace broken in this run; give a service its own sampler")
            }
            return .text(worst.service)
        default:
            throw TraceFactError("'\(fact.rawValue)' is not a sampling fact")
        }
    }
}
