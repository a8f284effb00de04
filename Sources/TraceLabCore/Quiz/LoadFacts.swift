/// The trace facts that describe a run of many requests: tail latency, how ambiguous a lost
/// crossing is, errors, and where requests queued for workers.
enum LoadFacts {
    /// Reads `fact` off `analysis`; `boundary` narrows ``TraceFact/maxCandidates``.
    static func fact(_ fact: TraceFact, boundary: String?, in analysis: LabAnalysis)
        throws(TraceFactError) -> TraceFactValue
    {
        switch fact {
        case .requestP99Ms:
            return .number(try requestP99Ms(analysis.run))
        case .maxCandidates:
            let matches = analysis.timestampMatches.filter {
                boundary == nil || $0.crossing.boundary == boundary
            }
            guard let largest = matches.map(\.candidates).max() else {
                if let boundary {
                    throw TraceFactError("no crossing at '\(boundary)' lost its context in this run")
                }
                throw TraceFactError("no crossing lost its context in this run")
            }
            return .number(Double(largest))
        case .errorTraceCount:
            return .number(Double(analysis.traces.count { $0.spans.contains { $0.status.isError } }))
        case .workerWaitService:
            return .text(try workerWaitService(analysis.run))
        default:
            throw TraceFactError("\(fact.rawValue) is not a load fact")
        }
    }

    /// The nearest-rank p99 of the request spans, rounded to the millisecond as a learner reads it.
    private static func requestP99Ms(_ run: LabRun) throws(TraceFactError) -> Double {
        let requestIDs = Set(run.requests.map(\.requestSpanID))
        let durations = run.spans.filter {
            requestIDs.isEmpty ? $0.spanID == run.requestSpanID : requestIDs.contains($0.spanID)
        }.map(\.durationNanos).sorted()
        guard !durations.isEmpty else {
            throw TraceFactError("the run recorded no span for the user's request")
        }
        return (Double(Percentile.of(99, sorted: durations)) / 1_000_000).rounded()
    }

    /// The service with the most total worker wait; ties go to the name first alphabetically.
    private static func workerWaitService(_ run: LabRun) throws(TraceFactError) -> String {
        var waited: [String: Double] = [:]
        for span in run.spans {
            guard case .double(let milliseconds)? = span.attribute(Simulation.workerWaitKey),
                milliseconds > 0
            else { continue }
            waited[span.service, default: 0] += milliseconds
        }
        guard let most = waited.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            throw TraceFactError("no request waited for a worker in this run; raise the rate or the requests")
        }
        return most.key
    }
}
