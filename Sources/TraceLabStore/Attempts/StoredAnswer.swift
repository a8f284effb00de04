/// One graded answer as it was given, kept exactly as the learner entered it.
public struct StoredAnswer: Hashable, Sendable, Codable {
    /// The question's id within its quiz.
    public var questionID: String
    /// What the learner gave: choice ids for choice questions, the typed values otherwise.
    public var given: [String]
    /// How much of the answer was right.
    public var correctness: AnswerCorrectness
    /// Points earned, between 0 and ``maxPoints``.
    public var points: Double
    /// Points the question is worth.
    public var maxPoints: Double

    /// Creates an answer record; ``TraceLabDatabase`` rejects negative, non-finite or excessive points.
    public init(
        questionID: String, given: [String], correctness: AnswerCorrectness, points: Double, maxPoints: Double
    ) {
        self.questionID = questionID
        self.given = given
        self.correctness = correctness
        self.points = points
        self.maxPoints = maxPoints
    }
}
