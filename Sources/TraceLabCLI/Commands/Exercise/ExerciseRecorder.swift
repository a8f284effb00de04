import Foundation
import TraceLabCore
import TraceLabStore

/// Files a propagation exercise run in the store the way an auto-graded quiz is filed: one
/// attempt under ``PropagationExercise/id``, one answer per rule (1 point when passed), so
/// `scores` lists exercises next to quizzes.
enum ExerciseRecorder {
    static func record(
        _ report: PropagationReport, learner: String, database: TraceLabDatabase, startedAt: Date,
        endedAt: Date
    ) throws(CLIError) {
        let answers = report.results.map { result in
            StoredAnswer(
                questionID: result.rule.rawValue,
                given: [result.verdict.rawValue] + (result.problem.map { [$0] } ?? []),
                correctness: result.verdict == .passed ? .full : .wrong,
                points: result.verdict == .passed ? 1 : 0,
                maxPoints: 1)
        }
        do {
            _ = try database.recordCompletedAttempt(
                learner: learner, quizID: PropagationExercise.id, quizVersion: "level-\(report.level)",
                quizTitle: "Propagation exercise, level \(report.level)", mode: .auto, startedAt: startedAt,
                answers: answers, score: Double(report.score), maxScore: Double(report.maxScore),
                passed: report.passed, endedAt: endedAt)
        } catch {
            throw CLIError.io(error.description)
        }
    }
}
