import Testing
import TraceLabCore

@Suite("Quiz grading")
struct QuizGraderTests {
    static let yaml = """
        id: grading
        title: Grading
        pass-mark: 0.6
        questions:
          - id: single
            type: single
            objective: trace-and-spans
            prompt: Which?
            choices:
              - id: right
                text: Right
              - id: wrong
                text: Wrong
            key: right
            explanation: Right is right.
          - id: multiple
            type: multiple
            objective: tracing-vs-other-signals
            points: 4
            prompt: Which ones?
            choices:
              - id: one
                text: One
              - id: two
                text: Two
              - id: three
                text: Three
              - id: four
                text: Four
            key: [one, two]
            explanation: One and two.
          - id: ordering
            type: ordering
            objective: trace-and-spans
            points: 3
            prompt: Order them.
            choices:
              - id: gateway
                text: Gateway
              - id: billing
                text: Billing
              - id: provider
                text: Provider
              - id: enrollment
                text: Enrollment
            key: [gateway, billing, provider, enrollment]
            explanation: The order of the checkout.
          - id: numeric
            type: numeric
            objective: advanced-critical-path
            points: 2
            prompt: How long?
            unit: ms
            key: 2800
            tolerance: 50
            explanation: 2.8 s.
        """

    static func resolved() throws -> ResolvedQuiz {
        try ResolvedQuiz(QuizTestSupport.quiz(yaml: yaml))
    }

    static func result(_ answers: [String: LearnerAnswer]) throws -> QuizResult {
        QuizGrader.grade(try resolved(), answers: QuizAnswers(answers))
    }

    @Test("a perfect submission earns every point and passes")
    func perfect() throws {
        let result = try Self.result([
            "single": .choices(["right"]), "multiple": .choices(["two", "one"]),
            "ordering": .choices(["gateway", "billing", "provider", "enrollment"]), "numeric": .number(2800),
        ])
        #expect(result.score == 10)
        #expect(result.maxScore == 10)
        #expect(result.percent == 100)
        #expect(result.passed)
        #expect(result.questions.allSatisfy { $0.correctness == .full })
        #expect(result.quizID == "grading")
        #expect(result.questions.map(\.questionID) == ["single", "multiple", "ordering", "numeric"])
        #expect(result.questions[0].explanation == "Right is right.")
        #expect(result.questions[1].expected == .choices(["one", "two"]))
    }

    @Test("an empty submission earns nothing, fails, and marks every question wrong")
    func empty() throws {
        let result = try Self.result([:])
        #expect(result.score == 0)
        #expect(!result.passed)
        #expect(result.questions.allSatisfy { $0.correctness == .wrong && $0.given == nil })
    }

    @Test(
        "single choice: all or nothing",
        arguments: [
            (LearnerAnswer.choices(["right"]), 1.0), (.choices(["wrong"]), 0),
            (.choices(["right", "wrong"]), 0),
            (.number(1), 0),
        ])
    func single(_ answer: LearnerAnswer, _ points: Double) throws {
        #expect(try Self.result(["single": answer]).questions[0].pointsAwarded == points)
    }

    @Test(
        "multiple: (right picks - wrong picks) / right choices, at least 0, times points",
        arguments: [
            (["one", "two"], 4.0, Correctness.full),
            (["one"], 2.0, .partial),
            (["one", "two", "three"], 2.0, .partial),
            (["one", "three"], 0.0, .wrong),
            (["three", "four"], 0.0, .wrong),
            (["one", "three", "four"], 0.0, .wrong),
            (["one", "one"], 2.0, .partial),
        ])
    func multiple(_ picks: [String], _ points: Double, _ correctness: Correctness) throws {
        let question = try Self.result(["multiple": .choices(picks)]).questions[1]
        #expect(question.pointsAwarded == points)
        #expect(question.correctness == correctness)
    }

    @Test(
        "ordering: (longest common subsequence - 1) / (n - 1), times points",
        arguments: [
            (["gateway", "billing", "provider", "enrollment"], 3.0),
            (["billing", "gateway", "provider", "enrollment"], 2.0),
            (["gateway", "provider", "billing", "enrollment"], 2.0),
            (["enrollment", "gateway", "billing", "provider"], 2.0),
            (["billing", "gateway", "enrollment", "provider"], 1.0),
            (["enrollment", "provider", "billing", "gateway"], 0.0),
        ])
    func ordering(_ order: [String], _ points: Double) throws {
        let question = try Self.result(["ordering": .choices(order)]).questions[2]
        #expect(abs(question.pointsAwarded - points) < 1e-9)
    }

    @Test(
        "numeric: right within the tolerance, on either side",
        arguments: [(2800.0, 2.0), (2850, 2), (2750, 2), (2851, 0), (2700, 0)])
    func numeric(_ value: Double, _ points: Double) throws {
        #expect(try Self.result(["numeric": .number(value)]).questions[3].pointsAwarded == points)
    }

    @Test("passing compares the score share with the pass mark")
    func passMark() throws {
        let passing = try Self.result(["multiple": .choices(["one", "two"]), "numeric": .number(2800)])
        #expect(passing.score == 6)
        #expect(passing.passed)
        let failing = try Self.result(["multiple": .choices(["one", "two"]), "single": .choices(["right"])])
        #expect(failing.score == 5)
        #expect(!failing.passed)
    }

    @Test("scores are totalled per learning objective")
    func byObjective() throws {
        let result = try Self.result(["single": .choices(["right"]), "ordering": .choices(["gateway"])])
        let traceAndSpans = try #require(result.byObjective.first { $0.objective == .traceAndSpans })
        #expect(traceAndSpans.score == 1)
        #expect(traceAndSpans.maxScore == 4)
        #expect(
            result.byObjective.map(\.objective) == [.traceAndSpans, .tracingVsOtherSignals, .criticalPath])
    }

    @Test("one resolved quiz grades many submissions exactly as resolving each time would")
    func resolvedOnceGradesLikeResolvingEachTime() throws {
        let quiz = try Self.resolved()
        for index in 0..<200 {
            let answers = QuizAnswers([
                "single": .choices([index % 2 == 0 ? "right" : "wrong"]),
                "multiple": .choices(index % 3 == 0 ? ["one", "three"] : ["two"]),
                "ordering": .choices(["billing", "gateway", "provider", "enrollment"]),
                "numeric": .number(Double(index * 10)),
            ])
            let fresh = try QuizGrader.grade(quiz.quiz, answers: answers)
            #expect(QuizGrader.grade(quiz, answers: answers) == fresh)
        }
    }
}
