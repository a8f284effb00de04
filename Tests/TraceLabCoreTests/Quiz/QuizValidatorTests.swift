import Testing
import TraceLabCore

@Suite("Quiz validation")
struct QuizValidatorTests {
    struct Expectation: CustomStringConvertible, Sendable {
        let fixture: String
        let line: Int
        let fragment: String
        var description: String { fixture }
    }

    static let fixtures: [Expectation] = [
        Expectation(
            fixture: "key-names-no-choice", line: 14,
            fragment: "key 'third' names no choice; choices are: first, second"),
        Expectation(
            fixture: "duplicate-question-id", line: 11,
            fragment: "question id 'same' is used twice (first on line 5)"),
        Expectation(
            fixture: "duplicate-choice-id", line: 14,
            fragment: "choice id 'headers' is used twice (first on line 10)"),
        Expectation(fixture: "empty-prompt", line: 8, fragment: "'prompt' in question 'q1' is empty"),
        Expectation(fixture: "no-questions", line: 4, fragment: "the quiz has no questions"),
        Expectation(fixture: "pass-mark-out-of-range", line: 3, fragment: "pass-mark 1.5 is out of range"),
        Expectation(
            fixture: "unknown-scenario", line: 8,
            fragment: "runs scenario 'chekout', which does not exist; known scenarios: checkout"),
        Expectation(
            fixture: "unknown-boundary", line: 9,
            fragment: "scenario 'checkout' has no boundary 'gateway:payment-provider'"),
        Expectation(fixture: "ordering-not-permutation", line: 16, fragment: "it leaves out enrollment"),
        Expectation(fixture: "unknown-objective", line: 7, fragment: "unknown objective 'tracing-basics'"),
        Expectation(fixture: "unknown-type", line: 6, fragment: "unknown type 'essay' in question 'q1'"),
        Expectation(
            fixture: "numeric-answer-for-text-fact", line: 9,
            fragment: "fact dominant-service is text, not a number"),
        Expectation(
            fixture: "choice-id-reads-as-letter", line: 12,
            fragment: "choice id 'b' reads like a letter answer"),
        Expectation(fixture: "invalid-yaml", line: 6, fragment: "is not valid YAML"),
        Expectation(fixture: "missing-explanation", line: 5, fragment: "question 'q1' needs 'explanation'"),
    ]

    @Test("check reports each broken fixture at its line", arguments: fixtures)
    func fixtureProblem(_ expectation: Expectation) throws {
        let path = "Tests/Fixtures/quizzes/\(expectation.fixture).yaml"
        let problems = QuizLoader.check(
            text: try QuizTestSupport.text(path), file: path,
            knownScenarios: QuizTestSupport.checkoutBoundaries)
        let match = problems.first { $0.message.contains(expectation.fragment) }
        #expect(match != nil, "no problem mentions \"\(expectation.fragment)\"; got \(problems)")
        #expect(match?.line == expectation.line, "\(problems)")
        #expect(match?.file == path)
    }

    @Test("load refuses every broken fixture that does not depend on scenario names")
    func loadRefuses() throws {
        for expectation in Self.fixtures
        where !["unknown-scenario", "unknown-boundary"].contains(expectation.fixture) {
            let path = "Tests/Fixtures/quizzes/\(expectation.fixture).yaml"
            let text = try QuizTestSupport.text(path)
            #expect(throws: ContentError.self, "\(expectation.fixture)") {
                try QuizLoader.load(text: text, file: path)
            }
        }
    }

    @Test("every problem in a file is reported, in line order, not just the first")
    func reportsEveryProblem() throws {
        let path = "Tests/Fixtures/quizzes/many-problems.yaml"
        let problems = QuizLoader.check(
            text: try QuizTestSupport.text(path), file: path,
            knownScenarios: QuizTestSupport.checkoutBoundaries)
        #expect(problems.map(\.line) == [3, 14, 17, 25])
        #expect(problems[0].message.contains("pass-mark 1.5 is out of range"))
        #expect(problems[1].message.contains("key 'three' names no choice"))
        #expect(problems[2].message.contains("unknown type 'riddle'"))
        #expect(problems[3].message.contains("no boundary 'nowhere:else'"))
        #expect(problems[0].description.hasPrefix("\(path):3: "))
    }

    @Test("scenario checks are skipped without known scenarios, run with them")
    func scenarioChecksNeedScenarios() throws {
        let path = "Tests/Fixtures/quizzes/unknown-scenario.yaml"
        let text = try QuizTestSupport.text(path)
        #expect(QuizLoader.check(text: text, file: path).isEmpty)
        let quiz = try QuizLoader.load(text: text, file: path)
        #expect(QuizValidator.validate(quiz).isEmpty)
        #expect(QuizValidator.validate(quiz, knownScenarios: QuizTestSupport.checkoutBoundaries).count == 1)
    }

    @Test("the validator catches problems in a quiz built in code")
    func validatesBuiltQuiz() {
        let question = QuizQuestion(
            id: "q 1", prompt: "  ", objective: .propagation, points: 0, explanation: "",
            form: .multiple(key: ["a-choice", "a-choice", "missing"]),
            choices: [QuizChoice(id: "a-choice", text: "Same"), QuizChoice(id: "b-choice", text: "Same")])
        let quiz = Quiz(
            id: "built", title: "Built", version: "0", passMark: 0, questions: [question], file: "built")
        let messages = QuizValidator.validate(quiz).map(\.message)
        #expect(messages.contains { $0.contains("pass-mark 0 is out of range") })
        #expect(messages.contains { $0.contains("id may only use letters") })
        #expect(messages.contains { $0.contains("empty prompt") })
        #expect(messages.contains { $0.contains("empty explanation") })
        #expect(messages.contains { $0.contains("worth 0 points") })
        #expect(messages.contains { $0.contains("key lists 'a-choice' twice") })
        #expect(messages.contains { $0.contains("key 'missing' names no choice") })
        #expect(messages.contains { $0.contains("two choices read 'Same'") })
    }

    @Test("a trace choice question needs number values for a number fact and distinct values")
    func traceChoiceValues() {
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
                prompt: How many?
                explanation: Because.
                choices:
                  - id: one
                    text: one
                  - id: two
                    text: Two traces
                    value: "2"
                  - id: also-two
                    text: A pair
                    value: "2"
            """
        let problems = QuizLoader.check(
            text: yaml, file: "t.yaml", knownScenarios: QuizTestSupport.checkoutBoundaries)
        #expect(problems.map(\.line) == [13, 18])
        #expect(problems[0].message.contains("choice 'one' must have a number as its value"))
        #expect(problems[1].message.contains("two choices have the value '2' (first on line 15)"))
    }
}
