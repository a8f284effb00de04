import Testing
import TraceLabCore

/// What each learner sees: the choices in an order of their own by default, the questions too
/// when asked, the file's order when asked.
@Suite("Quiz order per learner")
struct QuizOrderTests {
    static func quiz() throws -> Quiz {
        try QuizTestSupport.quiz(yaml: QuizGraderTests.yaml)
    }

    @Test func choicesShuffledKeepsTheQuestionsInFileOrderAndIsStablePerLearner() throws {
        let quiz = try Self.quiz()
        let first = QuizShuffler.presentation(of: quiz, learner: "ada", order: .choicesShuffled)
        #expect(first == QuizShuffler.presentation(of: quiz, learner: "ada", order: .choicesShuffled))
        #expect(first.questions.map(\.question.id) == quiz.questions.map(\.id))
        let learners = (1...20).map { "learner-\($0)" }
        let orders = Set(
            learners.map {
                QuizShuffler.presentation(of: quiz, learner: $0, order: .choicesShuffled).questions.map {
                    $0.choices.map(\.id)
                }
            })
        #expect(orders.count > 1, "every learner saw the same choice order")
    }

    @Test func shuffledTakesEffectEvenWhenTheFileSaysNot() throws {
        var quiz = try Self.quiz()
        quiz.shuffle = false
        let learners = (1...20).map { "learner-\($0)" }
        let questionOrders = Set(
            learners.map {
                QuizShuffler.presentation(of: quiz, learner: $0, order: .shuffled).questions.map(
                    \.question.id)
            })
        #expect(questionOrders.count > 1)
        #expect(QuizShuffler.presentation(of: quiz, learner: "ada", order: .fileOrder) == .unshuffled(quiz))
    }

    @Test func theDefaultFollowsTheFile() throws {
        var quiz = try Self.quiz()
        quiz.shuffle = true
        #expect(QuizOrder.interactiveDefault(for: quiz) == .shuffled)
        quiz.shuffle = false
        #expect(QuizOrder.interactiveDefault(for: quiz) == .choicesShuffled)
    }
}
