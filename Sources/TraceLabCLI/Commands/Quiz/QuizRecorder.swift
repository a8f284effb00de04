import Foundation
import TraceLabCore
import TraceLabStore

/// Writes quiz attempts to the data directory: each interactive answer as it is given (so a
/// Ctrl-C leaves an unfinished attempt), an auto-graded run in one transaction.
struct QuizRecorder {
    let database: TraceLabDatabase
    let quiz: Quiz
    let learner: String

    init(context: CommandContext, global: GlobalOptions, quiz: Quiz, learner: String) throws(CLIError) {
        database = try context.database(global)
        self.quiz = quiz
        self.learner = learner
    }

    func start(mode: AttemptMode, at date: Date) throws(CLIError) -> AttemptID {
        try store { () throws(StoreError) in
            try database.startAttempt(
                learner: learner, quizID: quiz.id, quizVersion: quiz.version, quizTitle: quiz.title,
                mode: mode,
                startedAt: date)
        }
    }

    func record(_ result: QuestionResult, attempt: AttemptID) throws(CLIError) {
        try store { () throws(StoreError) in
            try database.recordAnswer(attemptID: attempt, answer: Self.stored(result))
        }
    }

    func complete(_ attempt: AttemptID, result: QuizResult, at date: Date) throws(CLIError) {
        try store { () throws(StoreError) in
            try database.completeAttempt(
                attempt, score: result.score, maxScore: result.maxScore, passed: result.passed, endedAt: date)
        }
    }

    func recordCompleted(_ result: QuizResult, startedAt: Date, now: Date) throws(CLIError) {
        _ = try store { () throws(StoreError) in
            try database.recordCompletedAttempt(
                learner: learner, quizID: quiz.id, quizVersion: quiz.version, quizTitle: quiz.title,
                mode: .auto,
                startedAt: startedAt, answers: result.questions.map(Self.stored), score: result.score,
                maxScore: result.maxScore, passed: result.passed, endedAt: now)
        }
    }

    static func stored(_ result: QuestionResult) -> StoredAnswer {
        let given: [String]
        switch result.given {
        case .choices(let ids): given = ids
        case .number(let value): given = [String(value)]
        case nil: given = []
        }
        let correctness: AnswerCorrectness =
            switch result.correctness {
            case .full: .full
            case .partial: .partial
            case .wrong: .wrong
            }
        return StoredAnswer(
            questionID: result.questionID, given: given, correctness: correctness,
            points: result.pointsAwarded,
            maxPoints: result.maxPoints)
    }

    private func store<T>(_ body: () throws(StoreError) -> T) throws(CLIError) -> T {
        do {
            return try body()
        } catch {
            throw CLIError.io(error.description)
        }
    }
}
