/// The graded submission: the score, whether it passes, and how each question went.
public struct QuizResult: Hashable, Sendable {
    /// The quiz graded.
    public let quizID: String
    /// The version (text hash) of the quiz graded.
    public let quizVersion: String
    /// Points earned, partial credit included.
    public let score: Double
    /// The most points the quiz gives.
    public let maxScore: Double
    /// The pass mark used, as a fraction.
    public let passMark: Double
    /// Each question's outcome, in the quiz's question order.
    public let questions: [QuestionResult]

    /// Creates a result.
    public init(
        quizID: String, quizVersion: String, score: Double, maxScore: Double, passMark: Double,
        questions: [QuestionResult]
    ) {
        self.quizID = quizID
        self.quizVersion = quizVersion
        self.score = score
        self.maxScore = maxScore
        self.passMark = passMark
        self.questions = questions
    }

    /// The score as a percent of the maximum (0 for an empty quiz).
    public var percent: Double { maxScore > 0 ? score / maxScore * 100 : 0 }

    /// Whether the score reaches the pass mark (allowing for rounding in marks like 0.66 or 2/3).
    public var passed: Bool { maxScore > 0 && score / maxScore >= passMark - 1e-9 }

    /// Score and maximum per learning objective, in ``LearningObjective`` order, for objectives the quiz checks.
    public var byObjective: [(objective: LearningObjective, score: Double, maxScore: Double)] {
        LearningObjective.allCases.compactMap { objective in
            let results = questions.filter { $0.objective == objective }
            guard !results.isEmpty else { return nil }
            return (
                objective, results.reduce(0) { $0 + $1.pointsAwarded },
                results.reduce(0) { $0 + $1.maxPoints }
            )
        }
    }
}

/// How one question went.
public struct QuestionResult: Hashable, Sendable {
    /// The question's id.
    public let questionID: String
    /// What the question checks.
    public let objective: LearningObjective
    /// The learner's answer, or nil when unanswered.
    public let given: LearnerAnswer?
    /// The key, as an answer.
    public let expected: LearnerAnswer
    /// Fully right, partly right, or wrong (unanswered counts as wrong).
    public let correctness: Correctness
    /// Points earned.
    public let pointsAwarded: Double
    /// Points for a fully right answer.
    public let maxPoints: Double
    /// Why the key is right.
    public let explanation: String

    /// Creates a question result.
    public init(
        questionID: String, objective: LearningObjective, given: LearnerAnswer?, expected: LearnerAnswer,
        correctness: Correctness, pointsAwarded: Double, maxPoints: Double, explanation: String
    ) {
        self.questionID = questionID
        self.objective = objective
        self.given = given
        self.expected = expected
        self.correctness = correctness
        self.pointsAwarded = pointsAwarded
        self.maxPoints = maxPoints
        self.explanation = explanation
    }
}

/// How right an answer was.
public enum Correctness: String, Hashable, Sendable, Codable {
    /// Full points.
    case full
    /// Some points, not all.
    case partial
    /// No points.
    case wrong
}
