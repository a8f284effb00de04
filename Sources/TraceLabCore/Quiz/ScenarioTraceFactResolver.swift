/// Computes trace facts by running a scenario (through the closure it is given) and reading the
/// run with ``LabAnalysis``.
public struct ScenarioTraceFactResolver: TraceFactResolver {
    /// Runs scenario `scenarioID` with `settings` and returns what it recorded.
    public typealias RunScenario =
        @Sendable (_ scenarioID: String, _ settings: PropagationSettings) throws -> LabRun
    /// Runs scenario `scenarioID` with `options` (propagation, load and seed) and returns what
    /// it recorded.
    public typealias RunScenarioWithOptions =
        @Sendable (_ scenarioID: String, _ options: RunOptions) throws -> LabRun

    private let runScenario: RunScenarioWithOptions

    /// A resolver that obtains one-request runs from `runScenario`; a query naming more than one
    /// request is refused, since `runScenario` cannot honour it.
    public init(runScenario: @escaping RunScenario) {
        self.runScenario = { scenarioID, options in
            guard options.requests == 1 else {
                throw TraceFactError(
                    "this resolver runs one request; the question asks for \(options.requests)")
            }
            return try runScenario(scenarioID, options.propagation)
        }
    }

    /// A resolver that obtains runs, under each query's load, from `runScenario`.
    public init(runScenarioWithOptions runScenario: @escaping RunScenarioWithOptions) {
        self.runScenario = runScenario
    }

    /// Runs the query's scenario under its load and reads its fact; errors from the run pass
    /// through.
    public func fact(_ query: TraceFactQuery) throws -> TraceFactValue {
        let run = try runScenario(query.scenarioID, query.runOptions())
        return try Self.fact(query.fact, boundary: query.boundary, in: LabAnalysis(run: run))
    }

    /// Reads `fact` off an analysed run. `boundary` selects the queue for
    /// ``TraceFact/queueWaitMs`` and the crossing for ``TraceFact/maxCandidates`` (nil: the
    /// largest in the run).
    public static func fact(_ fact: TraceFact, boundary: String?, in analysis: LabAnalysis)
        throws(TraceFactError) -> TraceFactValue
    {
        switch fact {
        case .dominantService:
            guard let service = analysis.dominantService else {
                throw TraceFactError(
                    "the request's critical path reaches no service besides the entry service")
            }
            return .text(service)
        case .traceCount:
            return .number(Double(analysis.traceCount))
        case .userVisibleLatencyMs:
            guard analysis.run.requestSpan != nil else {
                throw TraceFactError("the run recorded no span for the user's request")
            }
            return .number(milliseconds(analysis.userVisibleLatencyNanos))
        case .wholeTraceMs:
            guard analysis.requestTrace != nil else {
                throw TraceFactError("the run recorded no span for the user's request")
            }
            return .number(milliseconds(analysis.wholeTraceNanos))
        case .queueWaitMs:
            let waits = analysis.queueWaits.filter { boundary == nil || $0.boundary == boundary }
            guard let longest = waits.map(\.waitNanos).max() else {
                if let boundary {
                    throw TraceFactError("no message crossed '\(boundary)' in this run")
                }
                throw TraceFactError("no message went through a queue in this run")
            }
            return .number(milliseconds(longest))
        case .lostCrossingsCount:
            return .number(Double(analysis.lostCrossings.count))
        case .criticalPathServices:
            guard let trace = analysis.requestTrace else {
                throw TraceFactError("the run recorded no span for the user's request")
            }
            var seen = Set<String>()
            let services = analysis.criticalPath.spanIDs.compactMap { trace.span($0)?.service }
                .filter { seen.insert($0).inserted }
            return .list(services)
        case .requestP99Ms, .maxCandidates, .errorTraceCount, .workerWaitService:
            return try LoadFacts.fact(fact, boundary: boundary, in: analysis)
        case .keptTraceCount, .errorTracesKept, .brokenTraceService:
            return try SamplingFacts.fact(fact, in: analysis.run)
        }
    }

    private static func milliseconds(_ nanos: UInt64) -> Double {
        Double(nanos) / 1_000_000
    }
}
