/// Orders a quiz for one learner: the same learner always sees the same order, different learners
/// see different ones. Uses ``SplitMix64`` seeded from an FNV-1a hash; no global randomness.
public enum QuizShuffler {
    /// The seed for `learner` taking quiz `quizID`: FNV-1a of `quizID`, a newline, and the learner
    /// name exactly as given.
    public static func seed(learner: String, quizID: String) -> UInt64 {
        FNV1a64.hash(quizID + "\n" + learner)
    }

    /// The order `learner` sees `quiz` in. A quiz with `shuffle: false` is shown in file order;
    /// a question with `shuffle-choices: false` keeps its choices in file order.
    public static func presentation(of quiz: Quiz, learner: String) -> QuizPresentation {
        presentation(of: quiz, seed: seed(learner: learner, quizID: quiz.id))
    }

    /// The order drawn from `seed` (see ``presentation(of:learner:)``).
    public static func presentation(of quiz: Quiz, seed: UInt64) -> QuizPresentation {
        guard quiz.shuffle else { return .unshuffled(quiz) }
        var generator = SplitMix64(seed: seed)
        let questions = generator.shuffled(quiz.questions)
        return QuizPresentation(
            quizID: quiz.id,
            questions: questions.enumerated().map { index, question in
                let choices =
                    question.shuffleChoices ? generator.shuffled(question.choices) : question.choices
                return PresentedQuestion(number: index + 1, question: question, choices: choices)
            })
    }

    /// The order `learner` sees `quiz` in under `order`, whatever the file's `shuffle` says. A
    /// question with `shuffle-choices: false` always keeps its choices in file order.
    public static func presentation(of quiz: Quiz, learner: String, order: QuizOrder) -> QuizPresentation {
        if order == .fileOrder { return .unshuffled(quiz) }
        var generator = SplitMix64(seed: seed(learner: learner, quizID: quiz.id))
        let questions = order == .shuffled ? generator.shuffled(quiz.questions) : quiz.questions
        return QuizPresentation(
            quizID: quiz.id,
            questions: questions.enumerated().map { index, question in
                let choices =
                    question.shuffleChoices ? generator.shuffled(question.choices) : question.choices
                return PresentedQuestion(number: index + 1, question: question, choices: choices)
            })
    }
}
