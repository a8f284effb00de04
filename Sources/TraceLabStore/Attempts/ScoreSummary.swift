/// How one learner has done on one quiz: how many attempts, the best completed one and the most
/// recent completed one.
public struct ScoreSummary: Hashable, Sendable {
    /// The learner.
    public var learner: String
    /// The quiz.
    public var quizID: String
    /// The quiz's title as of the learner's newest attempt.
    public var quizTitle: String
    /// Every attempt, unfinished ones included.
    public var attemptCount: Int
    /// Completed attempts only.
    public var completedCount: Int
    /// The completed attempt with the highest percentage (then the highest score); on a tie, the
    /// earliest. `nil` when no attempt was completed.
    public var best: StoredAttempt?
    /// The newest completed attempt; `nil` when no attempt was completed.
    public var last: StoredAttempt?

    /// Summarises `learner`'s attempts at `quizID`, ignoring attempts by others or at other quizzes;
    /// `nil` when there are none.
    public init?(learner: String, quizID: String, attempts: [StoredAttempt]) {
        let mine = AttemptOrder.oldestFirst(attempts.filter { $0.learner == learner && $0.quizID == quizID })
        guard let newest = mine.last else { return nil }
        let completed = mine.filter { $0.outcome != nil }
        self.learner = learner
        self.quizID = quizID
        self.quizTitle = newest.quizTitle
        self.attemptCount = mine.count
        self.completedCount = completed.count
        self.best = completed.reduce(nil) { best, candidate in
            guard let best else { return candidate }
            return Self.ranksAbove(candidate, best) ? candidate : best
        }
        self.last = completed.last
    }

    /// One summary per (learner, quiz) pair found in `attempts`, ordered by learner, then quiz id.
    public static func summaries(of attempts: [StoredAttempt]) -> [ScoreSummary] {
        let pairs = Set(attempts.map { LearnerQuiz(learner: $0.learner, quizID: $0.quizID) })
        return pairs.sorted().compactMap {
            ScoreSummary(learner: $0.learner, quizID: $0.quizID, attempts: attempts)
        }
    }

    private static func ranksAbove(_ candidate: StoredAttempt, _ incumbent: StoredAttempt) -> Bool {
        let candidateKey = (candidate.outcome?.percent ?? 0, candidate.score ?? 0)
        let incumbentKey = (incumbent.outcome?.percent ?? 0, incumbent.score ?? 0)
        return candidateKey > incumbentKey
    }
}

/// A (learner, quiz) pair, ordered by learner then quiz id.
struct LearnerQuiz: Hashable, Comparable {
    var learner: String
    var quizID: String

    static func < (lhs: LearnerQuiz, rhs: LearnerQuiz) -> Bool {
        (lhs.learner, lhs.quizID) < (rhs.learner, rhs.quizID)
    }
}

/// The one order attempts are listed in everywhere: oldest start first, ties by id.
enum AttemptOrder {
    static func oldestFirst(_ attempts: [StoredAttempt]) -> [StoredAttempt] {
        attempts.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    }
}
