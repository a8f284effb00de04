import Testing
import TraceLabCore

@Suite("Per-learner shuffling")
struct QuizShufflerTests {
    static func bank() throws -> Quiz { try QuizTestSupport.quiz("quizzes/tracing-fundamentals.yaml") }

    static func order(_ presentation: QuizPresentation) -> [String] {
        presentation.questions.map { $0.question.id + ":" + $0.choices.map(\.id).joined(separator: ",") }
    }

    @Test("the same learner always sees the same order")
    func stablePerLearner() throws {
        let quiz = try Self.bank()
        let first = QuizShuffler.presentation(of: quiz, learner: "ada")
        let second = QuizShuffler.presentation(of: quiz, learner: "ada")
        #expect(first == second)
        #expect(
            QuizShuffler.seed(learner: "ada", quizID: quiz.id) == FNV1a64.hash("tracing-fundamentals\nada"))
    }

    @Test("different learners see different orders, each a rearrangement of the whole quiz")
    func differentAcrossLearners() throws {
        let quiz = try Self.bank()
        let learners = ["ada", "grace", "linus", "barbara", "ken"]
        let orders = learners.map { Self.order(QuizShuffler.presentation(of: quiz, learner: $0)) }
        #expect(Set(orders).count == learners.count)
        #expect(!orders.contains(Self.order(.unshuffled(quiz))))
        for learner in learners {
            let presentation = QuizShuffler.presentation(of: quiz, learner: learner)
            #expect(Set(presentation.questions.map(\.question.id)) == Set(quiz.questions.map(\.id)))
            #expect(presentation.questions.map(\.number) == Array(1...quiz.questions.count))
            for shown in presentation.questions {
                #expect(Set(shown.choices.map(\.id)) == Set(shown.question.choices.map(\.id)))
            }
        }
    }

    @Test("shuffle-choices: false keeps a question's choices in file order")
    func keepsChoiceOrder() throws {
        let quiz = try Self.bank()
        for learner in ["ada", "grace", "linus"] {
            let shown = try #require(
                QuizShuffler.presentation(of: quiz, learner: learner).questions.first {
                    $0.question.id == "all-boundaries-off"
                })
            #expect(shown.choices.map(\.id) == ["one-trace", "four-traces", "five-traces", "six-traces"])
        }
    }

    @Test("a quiz with shuffle: false is shown in file order to everyone")
    func unshuffledQuiz() throws {
        let quiz = try QuizTestSupport.quiz("quizzes/knowledge-check.yaml")
        #expect(QuizShuffler.presentation(of: quiz, learner: "ada") == .unshuffled(quiz))
    }

    @Test("the right answers typed as each learner's letters grade full marks, because records hold ids")
    func gradingByIDSurvivesShuffling() throws {
        let quiz = try Self.bank()
        let resolved = try ResolvedQuiz(quiz, resolver: HandBuiltCheckout.bankResolver)
        for learner in ["ada", "grace", "linus", "barbara"] {
            let presentation = QuizShuffler.presentation(of: quiz, learner: learner)
            let typed = try presentation.questions.map { shown -> String in
                let key = try #require(resolved.key(for: shown.question.id))
                return shown.lettered(key.expectedAnswer).replacing(", ", with: "")
            }
            let answers = try AnswerSheet.positional(typed.joined(separator: ","), presentation: presentation)
            let result = QuizGrader.grade(resolved, answers: answers)
            #expect(result.score == result.maxScore, "\(learner): \(typed)")
        }
    }

    @Test("SplitMix64 gives its reference sequence for seed 0")
    func splitMixReference() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xe220_a839_7b1d_cdaf)
        #expect(generator.next() == 0x6e78_9e6a_a1b9_65f4)
    }
}
