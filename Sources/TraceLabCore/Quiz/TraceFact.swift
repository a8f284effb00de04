/// A fact a trace question asks about, computed from one scenario run.
public enum TraceFact: String, CaseIterable, Hashable, Sendable, Codable {
    /// The called service with the most critical-path time (text).
    case dominantService = "dominant-service"
    /// How many traces the one request became (number).
    case traceCount = "trace-count"
    /// How long the user waited for the response, in milliseconds (number).
    case userVisibleLatencyMs = "user-visible-latency-ms"
    /// From the first start to the last end of the request's trace, in milliseconds (number).
    case wholeTraceMs = "whole-trace-ms"
    /// How long a message waited in the queue, in milliseconds (number): the wait at the
    /// question's `boundary`, or the longest wait in the run when no boundary is named.
    case queueWaitMs = "queue-wait-ms"
    /// How many crossings started a new trace instead of joining the caller's (number).
    case lostCrossingsCount = "lost-crossings-count"
    /// The services on the request's critical path, in the order they first appear (list).
    case criticalPathServices = "critical-path-services"
    /// The 99th percentile of how long users waited, over every request of the run, in whole
    /// milliseconds (number).
    case requestP99Ms = "request-p99-ms"
    /// The most requests a lost crossing could belong to when matched by timestamps: at the
    /// question's `boundary`, or the largest in the run (number).
    case maxCandidates = "max-candidates"
    /// How many traces hold at least one span that ended in error (number).
    case errorTraceCount = "error-trace-count"
    /// The service whose requests waited longest in total for a free worker (text).
    case workerWaitService = "worker-wait-service"
    /// How many traces a backend received after the question's sampling (number).
    case keptTraceCount = "kept-trace-count"
    /// How many traces with a failed span the question's sampling kept (number).
    case errorTracesKept = "error-traces-kept"
    /// The service blamed for the most traces the question's sampling left broken (text).
    case brokenTraceService = "broken-trace-service"

    /// The shape of the fact's value.
    public var valueKind: TraceFactValue.Kind {
        switch self {
        case .dominantService, .workerWaitService, .brokenTraceService: .text
        case .criticalPathServices: .list
        case .traceCount, .userVisibleLatencyMs, .wholeTraceMs, .queueWaitMs, .lostCrossingsCount,
            .requestP99Ms,
            .maxCandidates, .errorTraceCount, .keptTraceCount, .errorTracesKept:
            .number
        }
    }

    /// Whether the fact reads a `boundary` when the question names one.
    public var acceptsBoundary: Bool { self == .queueWaitMs || self == .maxCandidates }
}

/// What to compute: a fact about one run of a scenario under some propagation settings.
public struct TraceFactQuery: Hashable, Sendable {
    /// The scenario to run, such as `checkout`.
    public var scenarioID: String
    /// Where propagation is on or off during the run.
    public var settings: PropagationSettings
    /// The fact to read off the run.
    public var fact: TraceFact
    /// The boundary the fact is about, for ``TraceFact/queueWaitMs`` and
    /// ``TraceFact/maxCandidates``; nil otherwise.
    public var boundary: String?
    /// How many requests arrive, how fast and how, and the run's seed.
    public var load: TraceRunLoad
    /// Which traces the run keeps (`sample:` and `sampler:` in the question).
    public var sampling: SamplingSettings

    /// Creates a query.
    public init(
        scenarioID: String, settings: PropagationSettings = .allOn, fact: TraceFact, boundary: String? = nil,
        load: TraceRunLoad = TraceRunLoad(), sampling: SamplingSettings = .keepAll
    ) {
        self.sampling = sampling
        self.scenarioID = scenarioID
        self.settings = settings
        self.fact = fact
        self.boundary = boundary
        self.load = load
    }

    /// The options to run the query's scenario with, on a clock starting at `epochNanos`.
    public func runOptions(epochNanos: UInt64 = 0) -> RunOptions {
        RunOptions(
            propagation: settings, seed: load.seed, epochNanos: epochNanos, requests: load.requests,
            ratePerSecond: load.ratePerSecond, arrivals: load.arrivals, sampling: sampling)
    }
}

/// A computed fact: text, a number or a list of names.
public enum TraceFactValue: Hashable, Sendable, CustomStringConvertible {
    /// A name, such as a service.
    case text(String)
    /// A count or a duration.
    case number(Double)
    /// Names in order, such as the services on the critical path.
    case list([String])

    /// The three shapes a fact can take.
    public enum Kind: String, Hashable, Sendable {
        /// ``TraceFactValue/text(_:)``.
        case text
        /// ``TraceFactValue/number(_:)``.
        case number
        /// ``TraceFactValue/list(_:)``.
        case list
    }

    /// The value's shape.
    public var kind: Kind {
        switch self {
        case .text: .text
        case .number: .number
        case .list: .list
        }
    }

    /// The value as a learner reads it: `billing`, `2800`, `0.5`, `gateway, billing`.
    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): NumberText.format(number)
        case .list(let names): names.joined(separator: ", ")
        }
    }
}

/// Computes facts for trace questions. The grader calls it once per trace question when a quiz
/// is resolved, never per submission.
public protocol TraceFactResolver: Sendable {
    /// The value of `query`'s fact; throws when the scenario or the fact cannot be computed.
    func fact(_ query: TraceFactQuery) throws -> TraceFactValue
}

/// Why a fact could not be read off a run.
public struct TraceFactError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is missing from the run.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
