import Foundation
import TraceLabStore

/// Attempts built in memory, as the store would return them.
enum ReportFixtures {
    static func completed(
        _ id: Int64, learner: String, quizID: String = "checkout", startedAt: Double, answers: [StoredAnswer],
        maxScore: Double, passMark: Double = 0.5
    ) -> StoredAttempt {
        let score = answers.reduce(0) { $0 + $1.points }
        return StoredAttempt(
            id: AttemptID(rawValue: id), learner: learner, quizID: quizID, quizVersion: "1",
            quizTitle: "Checkout traces", mode: .exam, startedAt: Instant.at(startedAt),
            outcome: AttemptOutcome(
                endedAt: Instant.at(startedAt + 90), score: score, maxScore: maxScore,
                passed: score >= passMark * maxScore),
            answers: answers)
    }

    static func unfinished(_ id: Int64, learner: String, startedAt: Double, answers: [StoredAnswer])
        -> StoredAttempt
    {
        StoredAttempt(
            id: AttemptID(rawValue: id), learner: learner, quizID: "checkout", quizVersion: "1",
            quizTitle: "Checkout traces", mode: .practice, startedAt: Instant.at(startedAt), outcome: nil,
            answers: answers)
    }

    static func answer(_ questionID: String, _ points: Double, of maxPoints: Double = 1) -> StoredAnswer {
        StoredAnswer(
            questionID: questionID, given: ["x"],
            correctness: points == maxPoints ? .full : (points == 0 ? .wrong : .partial), points: points,
            maxPoints: maxPoints)
    }

    /// Ada: a 1/3 attempt, then 3/3, then an unfinished one. A hostile name: a formula that also
    /// carries an escape sequence.
    static let attempts: [StoredAttempt] = [
        completed(
            2, learner: "ada", startedAt: 200, answers: [answer("q1", 1), answer("q2", 1), answer("q3", 1)],
            maxScore: 3),
        completed(
            1, learner: "ada", startedAt: 100, answers: [answer("q1", 1), answer("q2", 0), answer("q3", 0)],
            maxScore: 3),
        unfinished(3, learner: "ada", startedAt: 300, answers: [answer("q1", 0)]),
        completed(
            4, learner: hostileName, startedAt: 150, answers: [answer("q2", 0.5), answer("q1", 0)],
            maxScore: 3),
    ]

    static let hostileName = "=cmd|' /C calc'!A0\u{1B}[2J"
    static let hostileNameEscaped = "=cmd|' /C calc'!A0\\x1b[2J"
}
