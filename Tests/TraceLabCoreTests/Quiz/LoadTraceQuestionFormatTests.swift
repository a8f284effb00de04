import Testing
import TraceLabCore

/// `requests`, `rate`, `arrivals` and `seed` on trace questions, and the load facts, as the
/// loader reads them and `tracelab check` reports them.
@Suite("Trace question load options")
struct LoadTraceQuestionFormatTests {
    /// A quiz with one trace question whose lines after `fact` (line 9) are `extra`.
    static func yaml(fact: String = "request-p99-ms", _ extra: String) -> String {
        """
        id: load
        title: Load
        pass-mark: 1
        questions:
          - id: busy
            type: trace
            objective: advanced-queue-delay
            scenario: checkout
            fact: \(fact)
        \(extra.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            prompt: How slow?
            explanation: "{fact} ms."
        """
    }

    @Test("the load options become the query's load, and default to one request with seed 1")
    func loadsOptions() throws {
        let quiz = try QuizTestSupport.quiz(
            yaml: Self.yaml("requests: 200\nrate: 50\narrivals: even\nseed: 7\ntolerance: 5"))
        guard case .trace(let trace) = try #require(quiz.questions.first).form else {
            Issue.record("not a trace question")
            return
        }
        #expect(trace.query.load == TraceRunLoad(requests: 200, ratePerSecond: 50, arrivals: .even, seed: 7))
        #expect(trace.query.fact == .requestP99Ms)
        let options = trace.query.runOptions()
        #expect(options.requests == 200 && options.ratePerSecond == 50 && options.seed == 7)
        #expect(options.arrivals == .even)

        let plain = try QuizTestSupport.quiz(yaml: Self.yaml(fact: "trace-count", "tolerance: 0"))
        guard case .trace(let plainTrace) = try #require(plain.questions.first).form else {
            Issue.record("not a trace question")
            return
        }
        #expect(plainTrace.query.load == TraceRunLoad())
        #expect(plainTrace.query.load.requests == 1 && plainTrace.query.load.seed == 1)
    }

    struct Problem: CustomStringConvertible, Sendable {
        let name: String
        let fact: String
        let extra: String
        let line: Int
        let fragment: String
        var description: String { name }
    }

    static let problems: [Problem] = [
        Problem(
            name: "unknown fact", fact: "p99", extra: "tolerance: 0", line: 9,
            fragment: "unknown fact 'p99' in question 'busy'; expected one of: dominant-service"),
        Problem(
            name: "no requests", fact: "request-p99-ms", extra: "requests: 0", line: 10,
            fragment: "'requests' in question 'busy'"),
        Problem(
            name: "requests not a number", fact: "request-p99-ms", extra: "requests: many", line: 10,
            fragment: "'requests' in question 'busy'"),
        Problem(
            name: "zero rate", fact: "request-p99-ms", extra: "requests: 5\nrate: 0", line: 11,
            fragment: "'rate' in question 'busy' must be a positive number of requests per second, not '0'"),
        Problem(
            name: "rate not a number", fact: "request-p99-ms", extra: "requests: 5\nrate: fast", line: 11,
            fragment: "'rate' in question 'busy' must be a number, not 'fast'"),
        Problem(
            name: "unknown arrivals", fact: "request-p99-ms", extra: "requests: 5\narrivals: bursty",
            line: 11,
            fragment: "'arrivals' in question 'busy' must be one of poisson, even, not 'bursty'"),
        Problem(
            name: "negative seed", fact: "request-p99-ms", extra: "seed: -1", line: 10,
            fragment:
                "'seed' in question 'busy' must be a whole number from 0 to 18446744073709551615, not '-1'"),
        Problem(
            name: "rate with one request", fact: "request-p99-ms", extra: "rate: 20", line: 10,
            fragment:
                "question 'busy': 'rate' only matters with more than one request; add 'requests' or remove it"
        ),
        Problem(
            name: "boundary on a fact without one", fact: "request-p99-ms",
            extra: "boundary: gateway:billing", line: 10,
            fragment: "'boundary' only applies to facts queue-wait-ms and max-candidates; remove it"),
        Problem(
            name: "unknown boundary for candidates", fact: "max-candidates",
            extra: "requests: 5\noff: [gateway:billing]\nboundary: gateway:shop", line: 12,
            fragment: "scenario 'checkout' has no boundary 'gateway:shop'"),
        Problem(
            name: "text load fact answered by number", fact: "worker-wait-service", extra: "answer: numeric",
            line: 9, fragment: "fact worker-wait-service is text, not a number; answer it with choices"),
    ]

    @Test("check reports each bad load option or fact at its line", arguments: problems)
    func reportsProblem(_ problem: Problem) {
        let found = QuizLoader.check(
            text: Self.yaml(fact: problem.fact, problem.extra), file: "load.yaml",
            knownScenarios: QuizTestSupport.checkoutBoundaries)
        let match = found.first { $0.message.contains(problem.fragment) }
        #expect(match != nil, "no problem mentions \"\(problem.fragment)\"; got \(found)")
        #expect(match?.line == problem.line, "\(found)")
        #expect(match?.file == "load.yaml")
    }

    @Test("every bad load option and an unknown fact are reported together, each at its line")
    func reportsEveryProblemAtOnce() {
        let found = QuizLoader.check(
            text: Self.yaml(fact: "p99", "requests: 0\nrate: -3\narrivals: bursty\nseed: x"),
            file: "load.yaml",
            knownScenarios: QuizTestSupport.checkoutBoundaries)
        #expect(found.map(\.line) == [9, 10, 11, 12, 13], "\(found)")
    }

    @Test("the new facts are known by name, with their value shapes")
    func factKinds() {
        #expect(TraceFact(rawValue: "request-p99-ms")?.valueKind == .number)
        #expect(TraceFact(rawValue: "max-candidates")?.valueKind == .number)
        #expect(TraceFact(rawValue: "error-trace-count")?.valueKind == .number)
        #expect(TraceFact(rawValue: "worker-wait-service")?.valueKind == .text)
        #expect(TraceFact.allCases.filter(\.acceptsBoundary) == [.queueWaitMs, .maxCandidates])
    }
}
