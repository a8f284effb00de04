import Testing
import TraceLabCore

/// Trace questions that name their run's load, and the facts read off runs of many requests.
@Suite("Trace questions under load")
struct LoadTraceQuestionTests {
    /// One front service calling a back service that has a single worker and takes 100 ms.
    /// Three requests arriving evenly at 25 per second (0, 40 and 80 ms) queue for that worker:
    /// the back service serves them 0-100, 100-200 and 200-300 ms, so users wait 100, 160 and
    /// 220 ms, and the second and third wait 60 and 120 ms for the worker.
    static let singleWorkerYAML = """
        id: single-worker
        title: One worker
        request:
          service: front
          operation: GET /
        services:
          front:
            GET /:
              - call: back GET /work
          back:
            workers: 1
            GET /work:
              - work: 100ms
        """

    static func resolver(failing: Bool = false) throws -> ScenarioTraceFactResolver {
        let yaml = failing ? singleWorkerYAML + "\n      - fail: out of stock\n" : singleWorkerYAML
        let scenario = try ScenarioLoader.load(text: yaml, file: "single-worker.yaml")
        return ScenarioTraceFactResolver(runScenarioWithOptions: { _, options in
            try ScenarioEngine(scenario: scenario).run(options)
        })
    }

    static let threeEven = TraceRunLoad(requests: 3, ratePerSecond: 25, arrivals: .even, seed: 3)

    static func fact(
        _ fact: TraceFact, _ resolver: ScenarioTraceFactResolver, settings: PropagationSettings = .allOn,
        boundary: String? = nil, load: TraceRunLoad = threeEven
    ) throws -> TraceFactValue {
        try resolver.fact(
            TraceFactQuery(
                scenarioID: "single-worker", settings: settings, fact: fact, boundary: boundary, load: load))
    }

    @Test("the request p99 is the slowest of three requests (nearest rank), and one request is its own p99")
    func requestP99() throws {
        let resolver = try Self.resolver()
        #expect(try Self.fact(.requestP99Ms, resolver) == .number(220))
        #expect(try Self.fact(.requestP99Ms, resolver, load: TraceRunLoad()) == .number(100))
        #expect(try Self.fact(.traceCount, resolver) == .number(3))
    }

    @Test("the service whose requests queued for a worker is named; a run without waiting is refused")
    func workerWaitService() throws {
        let resolver = try Self.resolver()
        #expect(try Self.fact(.workerWaitService, resolver) == .text("back"))
        #expect(
            throws: TraceFactError(
                "no request waited for a worker in this run; raise the rate or the requests")
        ) {
            try Self.fact(.workerWaitService, resolver, load: TraceRunLoad())
        }
    }

    @Test("with propagation off, the third back span could belong to every call still in flight")
    func maxCandidates() throws {
        let resolver = try Self.resolver()
        let off = PropagationSettings(disabledBoundaries: ["front:back"])
        let largest = try Self.fact(.maxCandidates, resolver, settings: off)
        #expect(try Self.fact(.maxCandidates, resolver, settings: off, boundary: "front:back") == largest)
        #expect(largest == .number(3))
        #expect(throws: TraceFactError("no crossing lost its context in this run")) {
            try Self.fact(.maxCandidates, resolver)
        }
        #expect(throws: TraceFactError("no crossing at 'back:db' lost its context in this run")) {
            try Self.fact(.maxCandidates, resolver, settings: off, boundary: "back:db")
        }
    }

    @Test("error traces: none when nothing fails, every trace when the back service always fails")
    func errorTraceCount() throws {
        #expect(try Self.fact(.errorTraceCount, Self.resolver()) == .number(0))
        let failing = try Self.resolver(failing: true)
        #expect(try Self.fact(.errorTraceCount, failing) == .number(3))
        let off = PropagationSettings(disabledBoundaries: ["front:back"])
        #expect(try Self.fact(.errorTraceCount, failing, settings: off) == .number(6))
    }

    @Test("a resolver built for one request refuses a question that asks for many")
    func oneRequestResolverRefusesLoad() throws {
        let scenario = try ScenarioLoader.load(text: Self.singleWorkerYAML, file: "single-worker.yaml")
        let resolver = ScenarioTraceFactResolver { _, settings in
            try ScenarioEngine(scenario: scenario).run(
                RunOptions(propagation: settings, seed: 1, epochNanos: 0))
        }
        #expect(try Self.fact(.traceCount, resolver, load: TraceRunLoad()) == .number(1))
        #expect(throws: TraceFactError("this resolver runs one request; the question asks for 3")) {
            try Self.fact(.traceCount, resolver)
        }
    }
}
