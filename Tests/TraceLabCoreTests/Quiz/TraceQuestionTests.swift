import Testing
import TraceLabCore

@Suite("Trace questions")
struct TraceQuestionTests {
    static let yaml = """
        id: traces
        title: Traces
        pass-mark: 1
        questions:
          - id: dominant
            type: trace
            objective: advanced-critical-path
            scenario: checkout
            fact: dominant-service
            prompt: Which service dominates?
            explanation: "{fact} dominates."
            choices:
              - id: gateway
                text: The gateway
                value: gateway
              - id: billing
                text: Billing
          - id: worker-off
            type: trace
            objective: propagation
            scenario: checkout
            off: [enrollment:notification-worker]
            fact: trace-count
            prompt: How many traces?
            explanation: "{fact} traces."
          - id: all-off
            type: trace
            objective: propagation
            scenario: checkout
            propagation: off
            fact: trace-count
            prompt: How many traces now?
            explanation: Every crossing starts a trace.
            choices:
              - id: one
                text: "1"
              - id: six
                text: "6"
          - id: path
            type: trace
            objective: advanced-critical-path
            scenario: checkout
            fact: critical-path-services
            answer: ordering
            prompt: Order the services on the critical path.
            explanation: "{fact}."
            choices:
              - id: enrollment
                text: enrollment
              - id: gateway
                text: gateway
              - id: provider
                text: The payment provider
                value: payment-provider
              - id: billing
                text: billing
        """

    @Test("keys come from the resolver: choice by value, number, ordering by list")
    func stubResolver() throws {
        let stub = StubFactResolver { query in
            switch query.fact {
            case .dominantService: .text("Billing")
            case .traceCount: .number(query.settings == .allOff ? 6 : 2)
            case .criticalPathServices: .list(["gateway", "billing", "payment-provider", "enrollment"])
            default: nil
            }
        }
        let resolved = try ResolvedQuiz(QuizTestSupport.quiz(yaml: Self.yaml), resolver: stub)
        #expect(
            resolved.keys == [
                .choice("billing"), .number(2, tolerance: 0), .choice("six"),
                .ordering(["gateway", "billing", "provider", "enrollment"]),
            ])
        #expect(resolved.explanations[0] == "Billing dominates.")
        #expect(resolved.explanations[1] == "2 traces.")
        #expect(resolved.facts["worker-off"] == .number(2))
        #expect(stub.calls == 4)
    }

    @Test("questions asking the same query share one resolver call")
    func sharedQueries() throws {
        let doubled = Self.yaml.replacing("id: worker-off", with: "id: worker-off-again")
        let questions = doubled[
            doubled.range(of: "  - id: worker-off-again")!
                .lowerBound..<doubled.range(of: "  - id: all-off")!.lowerBound]
        let yaml = Self.yaml + "\n" + questions
        let stub = StubFactResolver { query in
            switch query.fact {
            case .dominantService: .text("billing")
            case .traceCount: .number(query.settings == .allOff ? 1 : 2)
            case .criticalPathServices: .list(["gateway", "billing", "payment-provider", "enrollment"])
            default: nil
            }
        }
        let resolved = try ResolvedQuiz(QuizTestSupport.quiz(yaml: yaml), resolver: stub)
        #expect(resolved.quiz.questions.count == 5)
        #expect(resolved.key(for: "worker-off-again") == .number(2, tolerance: 0))
        #expect(stub.calls == 4)
    }

    @Test("a computed fact that fits no choice is a content error at the question's fact line")
    func factFitsNoChoice() throws {
        let quiz = try QuizTestSupport.quiz(yaml: Self.yaml)
        let stub = StubFactResolver([
            .dominantService: .text("enrollment"), .traceCount: .number(2),
            .criticalPathServices: .list(["gateway"]),
        ])
        #expect(
            throws: ContentError(
                file: "inline.yaml", line: 9,
                message:
                    "question 'dominant': scenario 'checkout' gives dominant-service = enrollment, which no choice has as its value; add or fix the choice"
            )
        ) { try ResolvedQuiz(quiz, resolver: stub) }
    }

    @Test("a resolver failure names the question, the fact and the scenario")
    func resolverFailure() throws {
        let quiz = try QuizTestSupport.quiz(yaml: Self.yaml)
        #expect {
            try ResolvedQuiz(quiz, resolver: StubFactResolver([:]))
        } throws: { error in
            (error as? ContentError)?.description
                == "inline.yaml:8: question 'dominant': cannot compute dominant-service from scenario 'checkout': stub has no dominant-service"
        }
        #expect {
            try ResolvedQuiz(quiz)
        } throws: { error in
            (error as? ContentError)?.message.contains("no scenario runner was given") == true
        }
    }

    @Test("ScenarioTraceFactResolver reads every fact off a hand-built checkout run")
    func scenarioResolverFacts() throws {
        let resolver = HandBuiltCheckout.resolver
        func fact(_ fact: TraceFact, _ settings: PropagationSettings = .allOn, boundary: String? = nil) throws
            -> TraceFactValue
        {
            try resolver.fact(
                TraceFactQuery(scenarioID: "checkout", settings: settings, fact: fact, boundary: boundary))
        }
        #expect(try fact(.dominantService) == .text("billing"))
        #expect(try fact(.traceCount) == .number(1))
        #expect(try fact(.traceCount, .allOff) == .number(6))
        #expect(
            try fact(.traceCount, PropagationSettings(disabledBoundaries: ["enrollment:notification-worker"]))
                == .number(2))
        #expect(try fact(.userVisibleLatencyMs) == .number(2800))
        #expect(try fact(.wholeTraceMs) == .number(3720))
        #expect(try fact(.queueWaitMs) == .number(900))
        #expect(try fact(.queueWaitMs, boundary: "enrollment:notification-worker") == .number(900))
        #expect(try fact(.lostCrossingsCount) == .number(0))
        #expect(
            try fact(
                .lostCrossingsCount, PropagationSettings(disabledBoundaries: ["billing:payment-provider"]))
                == .number(2))
        #expect(try fact(.lostCrossingsCount, .allOff) == .number(5))
        #expect(
            try fact(.criticalPathServices)
                == .list(["gateway", "billing", "payment-provider", "enrollment"]))
    }

    @Test("ScenarioTraceFactResolver explains facts a run cannot give")
    func scenarioResolverErrors() throws {
        #expect(throws: TraceFactError("no message crossed 'gateway:billing' in this run")) {
            try HandBuiltCheckout.resolver.fact(
                TraceFactQuery(scenarioID: "checkout", fact: .queueWaitMs, boundary: "gateway:billing"))
        }
        #expect(throws: TraceFactError("no scenario 'refund'")) {
            try HandBuiltCheckout.resolver.fact(TraceFactQuery(scenarioID: "refund", fact: .traceCount))
        }
        let lonely = LabRun(
            scenarioID: "lonely",
            spans: [
                RecordedSpan(
                    traceID: TraceID(high: 0, low: 1), spanID: SpanID(1), parentSpanID: nil,
                    service: "gateway",
                    name: "GET /", kind: .server, startNanos: 0, endNanos: 5)
            ], crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        #expect(
            throws: TraceFactError("the request's critical path reaches no service besides the entry service")
        ) {
            try ScenarioTraceFactResolver.fact(.dominantService, boundary: nil, in: LabAnalysis(run: lonely))
        }
        #expect(throws: TraceFactError("no message went through a queue in this run")) {
            try ScenarioTraceFactResolver.fact(.queueWaitMs, boundary: nil, in: LabAnalysis(run: lonely))
        }
    }

    @Test("grading with ScenarioTraceFactResolver on the hand-built run")
    func gradeWithScenarioResolver() throws {
        let quiz = try QuizTestSupport.quiz(yaml: Self.yaml)
        let result = try QuizGrader.grade(
            quiz,
            answers: QuizAnswers([
                "dominant": .choices(["billing"]), "worker-off": .number(2), "all-off": .choices(["six"]),
                "path": .choices(["gateway", "billing", "enrollment", "provider"]),
            ]), resolver: HandBuiltCheckout.resolver)
        #expect(result.questions.map(\.correctness) == [.full, .full, .full, .partial])
        #expect(abs(result.score - (3 + 2.0 / 3.0)) < 1e-9)
        #expect(result.questions[3].explanation == "gateway, billing, payment-provider, enrollment.")
    }
}
