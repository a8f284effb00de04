import Foundation
import GRDB

extension TraceLabDatabase {
    /// Records that `learner` started `quizID` and returns the new attempt's id. The attempt stays
    /// `unfinished` until ``completeAttempt(_:score:maxScore:passed:endedAt:)`` succeeds.
    public func startAttempt(
        learner: String, quizID: String, quizVersion: String, quizTitle: String, mode: AttemptMode,
        startedAt: Date
    ) throws(StoreError) -> AttemptID {
        try AttemptValidation.requireName(learner, "learner name")
        try AttemptValidation.requireName(quizID, "quiz id")
        return try write { db in
            try AttemptSQL.insertAttempt(
                db, learner: learner, quizID: quizID, quizVersion: quizVersion, quizTitle: quizTitle,
                mode: mode, startedAt: startedAt)
        }
    }

    /// Saves one answer to an unfinished attempt at once, so an interrupted quiz keeps every answer
    /// given so far. Answering the same question again replaces the earlier answer in place.
    public func recordAnswer(attemptID: AttemptID, answer: StoredAnswer) throws(StoreError) {
        try AttemptValidation.check(answer)
        try write { db in
            try AttemptSQL.requireUnfinished(db, attemptID)
            try AttemptSQL.upsertAnswer(db, attemptID: attemptID, answer: answer)
        }
    }

    /// Marks an unfinished attempt completed with its final score. Throws
    /// ``StoreError/attemptNotFound(_:)`` or ``StoreError/attemptAlreadyCompleted(_:)`` otherwise.
    public func completeAttempt(
        _ attemptID: AttemptID, score: Double, maxScore: Double, passed: Bool, endedAt: Date
    ) throws(StoreError) {
        try AttemptValidation.checkScore(score, maxScore: maxScore)
        let outcome = AttemptOutcome(endedAt: endedAt, score: score, maxScore: maxScore, passed: passed)
        try write { db in
            try AttemptSQL.requireUnfinished(db, attemptID)
            try AttemptSQL.complete(db, attemptID, outcome: outcome)
        }
    }

    /// Records a whole graded attempt (start, every answer, completion) in one transaction, for runs
    /// graded without interaction: either all of it is saved as completed or nothing is.
    public func recordCompletedAttempt(
        learner: String, quizID: String, quizVersion: String, quizTitle: String, mode: AttemptMode,
        startedAt: Date, answers: [StoredAnswer], score: Double, maxScore: Double, passed: Bool, endedAt: Date
    ) throws(StoreError) -> AttemptID {
        try AttemptValidation.requireName(learner, "learner name")
        try AttemptValidation.requireName(quizID, "quiz id")
        try AttemptValidation.check(answers)
        try AttemptValidation.checkScore(score, maxScore: maxScore)
        let outcome = AttemptOutcome(endedAt: endedAt, score: score, maxScore: maxScore, passed: passed)
        return try write { db in
            let id = try AttemptSQL.insertAttempt(
                db, learner: learner, quizID: quizID, quizVersion: quizVersion, quizTitle: quizTitle,
                mode: mode, startedAt: startedAt)
            for answer in answers {
                try AttemptSQL.upsertAnswer(db, attemptID: id, answer: answer)
            }
            try AttemptSQL.complete(db, id, outcome: outcome)
            return id
        }
    }

    /// Every attempt, unfinished ones included, oldest first (newest last), optionally only those of
    /// one learner and/or one quiz.
    public func attempts(learner: String? = nil, quizID: String? = nil) throws(StoreError) -> [StoredAttempt]
    {
        let path = self.path
        return try read { db in
            try AttemptSQL.fetchAttempts(db, learner: learner, quizID: quizID, path: path)
        }
    }

    /// The attempt with this id, or `nil` when there is none.
    public func attempt(_ attemptID: AttemptID) throws(StoreError) -> StoredAttempt? {
        let path = self.path
        return try read { db in
            try AttemptSQL.fetchAttempts(db, id: attemptID, path: path).first
        }
    }

    /// `learner`'s newest attempt at `quizID`, finished or not; `nil` when they never started it.
    public func lastAttempt(learner: String, quizID: String) throws(StoreError) -> StoredAttempt? {
        try attempts(learner: learner, quizID: quizID).last
    }

    /// How `learner` has done on `quizID`; `nil` when they never started it.
    public func scoreSummary(learner: String, quizID: String) throws(StoreError) -> ScoreSummary? {
        ScoreSummary(
            learner: learner, quizID: quizID, attempts: try attempts(learner: learner, quizID: quizID))
    }

    /// One summary per (learner, quiz) pair, ordered by learner then quiz id, optionally for one
    /// learner only.
    public func scoreSummaries(learner: String? = nil) throws(StoreError) -> [ScoreSummary] {
        ScoreSummary.summaries(of: try attempts(learner: learner))
    }
}
