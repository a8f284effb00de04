import Testing
import TraceLabCore

@Suite("Quiz loading")
struct QuizLoaderTests {
    static let minimal = """
        id: mini
        title: Mini
        pass-mark: PASS
        questions:
          - id: wait
            type: numeric
            objective: trace-and-spans
            prompt: How long did the user wait?
            unit: ms
            key: 2800
            tolerance: 50
            explanation: The request span lasts 2.8 s.
        """

    @Test(
        "pass-mark takes a fraction, a percent or a ratio",
        arguments: [("0.66", 0.66), ("66%", 0.66), ("2/3", 2.0 / 3.0), ("1", 1.0)])
    func passMarkForms(_ written: String, _ expected: Double) throws {
        let quiz = try QuizTestSupport.quiz(yaml: Self.minimal.replacing("PASS", with: written))
        #expect(abs(quiz.passMark - expected) < 1e-12)
    }

    @Test("a pass-mark that is not a number says which forms work")
    func badPassMark() {
        #expect {
            try QuizTestSupport.quiz(yaml: Self.minimal.replacing("PASS", with: "most"))
        } throws: { error in
            (error as? ContentError)?.description
                == "inline.yaml:3: 'pass-mark' must be a fraction like 0.66, a percent like 66% or a ratio like 2/3, not 'most'"
        }
    }

    @Test("a percent written without % gets a hint")
    func percentHint() {
        #expect {
            try QuizTestSupport.quiz(yaml: Self.minimal.replacing("PASS", with: "66"))
        } throws: { error in
            (error as? ContentError)?.message.contains("for a percent write 66%") == true
        }
    }

    @Test("the fields of a numeric question are read with their lines")
    func readsNumericQuestion() throws {
        let quiz = try QuizTestSupport.quiz(yaml: Self.minimal.replacing("PASS", with: "0.5"))
        #expect(quiz.id == "mini")
        #expect(quiz.title == "Mini")
        #expect(quiz.shuffle)
        let question = try #require(quiz.questions.first)
        #expect(question.id == "wait")
        #expect(question.form == .numeric(key: 2800, tolerance: 50))
        #expect(question.unit == "ms")
        #expect(question.points == 1)
        #expect(question.objective == .traceAndSpans)
        #expect(question.response == .number)
        #expect(question.lines.start == 5)
        #expect(question.lines.line(of: "key") == 10)
    }

    @Test("the version is a hash of the text: same text, same version; any change, a new one")
    func versionFollowsText() throws {
        let text = Self.minimal.replacing("PASS", with: "0.5")
        let first = try QuizLoader.load(text: text, file: "a.yaml")
        let again = try QuizLoader.load(text: text, file: "b.yaml")
        let edited = try QuizLoader.load(text: text + "\n# edited\n", file: "a.yaml")
        #expect(first.version == again.version)
        #expect(first.version != edited.version)
        #expect(first.version.count == 16)
        #expect(first.version == FNV1a64.hex(text))
    }

    @Test("FNV-1a matches its published test vectors")
    func fnvVectors() {
        #expect(FNV1a64.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a64.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a64.hash("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test("trace questions read scenario, propagation settings, fact and answer form")
    func readsTraceQuestion() throws {
        let yaml = """
            id: t
            title: T
            pass-mark: 1
            questions:
              - id: worker-off
                type: trace
                objective: propagation
                scenario: checkout
                off: [enrollment:notification-worker, gateway:billing]
                fact: trace-count
                prompt: How many traces?
                explanation: "{fact} traces."
              - id: all-off
                type: trace
                objective: propagation
                scenario: checkout
                propagation: off
                fact: dominant-service
                prompt: Which?
                explanation: Because.
                choices:
                  - id: billing
                    text: Billing
                    value: billing
                  - id: gateway
                    text: Gateway
            """
        let quiz = try QuizTestSupport.quiz(yaml: yaml)
        guard case .trace(let first) = quiz.questions[0].form,
            case .trace(let second) = quiz.questions[1].form
        else {
            Issue.record("expected trace questions")
            return
        }
        #expect(first.query.scenarioID == "checkout")
        #expect(first.query.fact == .traceCount)
        #expect(
            first.query.settings.disabledBoundaries == ["enrollment:notification-worker", "gateway:billing"])
        #expect(first.query.settings.enabledByDefault)
        #expect(first.answer == .numeric(tolerance: 0))
        #expect(second.query.settings == .allOff)
        #expect(second.answer == .choice)
        #expect(quiz.questions[1].choices[0].comparedValue == "billing")
        #expect(quiz.questions[1].choices[1].comparedValue == "Gateway")
    }

    @Test("unknown keys are reported, each at its own line")
    func unknownKeys() {
        let yaml = """
            id: t
            title: T
            pass-mark: 1
            colour: blue
            questions:
              - id: q
                type: numeric
                objective: propagation
                prompt: How many?
                key: 2
                choices: []
                answer: 3
                explanation: Because.
            """
        let problems = QuizLoader.check(text: yaml, file: "t.yaml")
        #expect(problems.map(\.line) == [4, 11, 12])
        #expect(problems[0].message.hasPrefix("unknown key 'colour' in the quiz"))
        #expect(problems[1].message.hasPrefix("unknown key 'choices' in question 'q'"))
    }

    @Test("a document that is not a mapping is refused")
    func notAMapping() {
        #expect(
            throws: ContentError(
                file: "x.yaml", line: 1, message: "the quiz must be a mapping of keys, not a list")
        ) {
            try QuizLoader.load(text: "- a\n- b\n", file: "x.yaml")
        }
    }
}

@Suite("Quiz loading: trace question keys")
struct TraceQuestionKeyLoadingTests {
    @Test("a trace question with a written key is told that its key is computed")
    func writtenKeyOnTraceQuestion() {
        let yaml = """
            id: t
            title: T
            pass-mark: 1
            questions:
              - id: count
                type: trace
                objective: propagation
                scenario: checkout
                fact: trace-count
                key: 6
                prompt: How many?
                explanation: Because.
            """
        #expect(
            QuizLoader.check(text: yaml, file: "t.yaml") == [
                ContentError(
                    file: "t.yaml", line: 10,
                    message:
                        "question 'count' is a trace question: its key is computed from the scenario run; remove 'key'"
                )
            ])
    }
}
