import Foundation

/// One quiz attempt as stored: who took which quiz, how, when, every answer recorded so far and,
/// once completed, the outcome.
public struct StoredAttempt: Hashable, Sendable, Identifiable, Codable {
    /// The store's id for this attempt.
    public var id: AttemptID
    /// The learner's name as they gave it (not escaped; reports escape it).
    public var learner: String
    /// The quiz's id.
    public var quizID: String
    /// The version of the quiz content the attempt was taken against.
    public var quizVersion: String
    /// The quiz's title at the time of the attempt.
    public var quizTitle: String
    /// How the attempt was taken.
    public var mode: AttemptMode
    /// When the attempt started.
    public var startedAt: Date
    /// The result, present exactly when the attempt is completed.
    public var outcome: AttemptOutcome?
    /// Every answer recorded, in the order the questions were first answered.
    public var answers: [StoredAnswer]

    /// Creates an attempt value, as the store reads it back.
    public init(
        id: AttemptID, learner: String, quizID: String, quizVersion: String, quizTitle: String,
        mode: AttemptMode, startedAt: Date, outcome: AttemptOutcome?, answers: [StoredAnswer]
    ) {
        self.id = id
        self.learner = learner
        self.quizID = quizID
        self.quizVersion = quizVersion
        self.quizTitle = quizTitle
        self.mode = mode
        self.startedAt = startedAt
        self.outcome = outcome
        self.answers = answers
    }

    /// `completed` when there is an outcome, `unfinished` otherwise.
    public var status: AttemptStatus { outcome == nil ? .unfinished : .completed }
    /// When the attempt ended; `nil` while unfinished.
    public var endedAt: Date? { outcome?.endedAt }
    /// The final score; `nil` while unfinished.
    public var score: Double? { outcome?.score }
    /// What the quiz was worth; `nil` while unfinished.
    public var maxScore: Double? { outcome?.maxScore }
    /// Whether the attempt passed; `nil` while unfinished.
    public var passed: Bool? { outcome?.passed }
    /// Points earned by the answers recorded so far, finished or not.
    public var pointsSoFar: Double { answers.reduce(0) { $0 + $1.points } }
}
