import Foundation
import Testing
import TraceLabCore

@Suite("The shipped quizzes")
struct QuizContentTests {
    @Test("knowledge check: A,A,A scores 3/3 and passes; B,B,B scores 0/3")
    func knowledgeCheck() throws {
        let quiz = try QuizTestSupport.quiz("quizzes/knowledge-check.yaml")
        #expect(quiz.questions.count == 3)
        #expect(quiz.questions.map(\.objective) == [.traceAndSpans, .propagation, .tracingVsOtherSignals])
        let resolved = try ResolvedQuiz(quiz)
        let presentation = QuizShuffler.presentation(of: quiz, learner: "any learner")
        let allA = QuizGrader.grade(
            resolved, answers: try AnswerSheet.positional("A,A,A", presentation: presentation))
        #expect(allA.score == 3)
        #expect(allA.maxScore == 3)
        #expect(allA.passed)
        let allB = QuizGrader.grade(
            resolved, answers: try AnswerSheet.positional("B,B,B", presentation: presentation))
        #expect(allB.score == 0)
        #expect(!allB.passed)
        let twoOfThree = QuizGrader.grade(
            resolved, answers: try AnswerSheet.positional("A,A,C", presentation: presentation))
        #expect(twoOfThree.passed)
        #expect(quiz.questions.allSatisfy { $0.choices.count == 3 && !$0.explanation.isEmpty })
    }

    @Test("both quizzes pass tracelab's checks against the checkout scenarios' boundaries")
    func shippedQuizzesCheckClean() throws {
        for path in ["quizzes/knowledge-check.yaml", "quizzes/tracing-fundamentals.yaml"] {
            let problems = QuizLoader.check(
                text: try QuizTestSupport.text(path), file: path,
                knownScenarios: QuizTestSupport.bankBoundaries)
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
    }

    @Test("the bank covers every objective and every question type, with several checkout trace questions")
    func bankCoverage() throws {
        let quiz = try QuizTestSupport.quiz("quizzes/tracing-fundamentals.yaml")
        #expect(quiz.questions.count == 27)
        #expect(Set(quiz.questions.map(\.objective)) == Set(LearningObjective.allCases))
        #expect(
            Set(quiz.questions.map(\.form.typeName)) == [
                "single", "multiple", "ordering", "numeric", "trace",
            ])
        let traceQueries = quiz.questions.compactMap { question -> TraceQuestion? in
            if case .trace(let trace) = question.form { return trace }
            return nil
        }
        #expect(traceQueries.count >= 9)
        #expect(traceQueries.filter { $0.query.scenarioID == "checkout" }.count >= 5)
        let underLoad = traceQueries.filter { $0.query.load.requests > 1 }
        #expect(underLoad.count >= 4)
        #expect(
            Set(underLoad.map(\.query.fact)).isSuperset(of: [
                .requestP99Ms, .maxCandidates, .errorTraceCount, .workerWaitService,
            ]))
        #expect(Set(traceQueries.map(\.answer.name)) == ["choice", "numeric", "ordering"])
    }

    @Test("on the reference checkout, the bank's trace keys are the lesson's facts")
    func bankTraceKeys() throws {
        let quiz = try QuizTestSupport.quiz("quizzes/tracing-fundamentals.yaml")
        let resolved = try ResolvedQuiz(quiz, resolver: HandBuiltCheckout.bankResolver)
        #expect(resolved.key(for: "dominant-service") == .choice("billing"))
        #expect(resolved.key(for: "worker-boundary-off") == .number(2, tolerance: 0))
        #expect(resolved.key(for: "all-boundaries-off") == .choice("six-traces"))
        #expect(resolved.key(for: "user-visible-latency") == .number(2800, tolerance: 50))
        #expect(resolved.key(for: "queue-wait") == .number(900, tolerance: 50))
        #expect(resolved.key(for: "retry-crosses-twice") == .number(2, tolerance: 0))
        #expect(
            resolved.key(for: "critical-path-services")
                == .ordering(["gateway", "billing", "payment-provider", "enrollment"]))
        #expect(resolved.explanations.allSatisfy { !$0.contains("{fact}") })
    }

    @Test("under load, the bank's keys are what the busy checkout's run reports")
    func bankLoadKeys() throws {
        let quiz = try QuizTestSupport.quiz("quizzes/tracing-fundamentals.yaml")
        let resolved = try ResolvedQuiz(quiz, resolver: HandBuiltCheckout.bankResolver)
        #expect(resolved.key(for: "busy-checkout-saturated-workers") == .choice("billing"))
        let p99 = try #require(resolved.key(for: "busy-checkout-p99"))
        guard case .number(let milliseconds, let tolerance) = p99 else {
            Issue.record("p99 is not a number key: \(p99)")
            return
        }
        #expect(
            milliseconds > 10_000, "billing's four workers make fifty checkouts a second queue for seconds")
        #expect(tolerance == 500)
        guard case .number(let candidates, tolerance: 0)? = resolved.key(for: "busy-checkout-candidates"),
            case .number(let errorTraces, tolerance: 0)? = resolved.key(for: "busy-checkout-error-traces")
        else {
            Issue.record("the candidate and error-trace keys are not exact numbers")
            return
        }
        #expect(candidates > 1 && candidates <= 200)
        #expect(errorTraces >= 1 && errorTraces <= 200)
    }
}

@Suite("The quiz format document")
struct QuizFormatDocumentTests {
    @Test("the first example in quizzes/FORMAT.md is a quiz that loads")
    func firstExampleLoads() throws {
        let document = try QuizTestSupport.text("quizzes/FORMAT.md")
        let start = try #require(document.range(of: "```yaml\n"))
        let end = try #require(document.range(of: "```", range: start.upperBound..<document.endIndex))
        let quiz = try QuizLoader.load(
            text: String(document[start.upperBound..<end.lowerBound]), file: "FORMAT.md")
        #expect(quiz.id == "knowledge-check")
        #expect(quiz.questions.first?.form == .single(key: "one-operation-story"))
    }
}
