import Foundation
import TraceLabStore

/// A fresh, empty directory under the system temporary directory, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("tracelab-store-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    var databasePath: String { path + "/" + TraceLabDatabase.fileName }

    func open() throws -> TraceLabDatabase {
        try TraceLabDatabase(dataDirectory: path)
    }
}

/// Fixed instants, so no test reads a clock.
enum Instant {
    static let base = Date(timeIntervalSince1970: 1_750_000_000)

    static func at(_ seconds: Double) -> Date {
        base.addingTimeInterval(seconds)
    }
}

enum Answers {
    static let right = StoredAnswer(
        questionID: "q1", given: ["b"], correctness: .full, points: 2, maxPoints: 2)
    static let partly = StoredAnswer(
        questionID: "q2", given: ["a", "c"], correctness: .partial, points: 0.5, maxPoints: 1)
    static let wrong = StoredAnswer(
        questionID: "q3", given: ["2.8 s"], correctness: .wrong, points: 0, maxPoints: 1)
}

extension TraceLabDatabase {
    /// Records a completed `checkout` attempt with one answer per given points value.
    @discardableResult
    func recordCheckoutAttempt(
        learner: String, points: [Double], maxPerQuestion: Double = 1, startedAt: Date, passMark: Double = 0.5
    ) throws -> AttemptID {
        let answers = points.enumerated().map { index, earned in
            StoredAnswer(
                questionID: "q\(index + 1)", given: ["x"],
                correctness: earned == maxPerQuestion ? .full : (earned == 0 ? .wrong : .partial),
                points: earned, maxPoints: maxPerQuestion)
        }
        let score = points.reduce(0, +)
        let maxScore = maxPerQuestion * Double(points.count)
        return try recordCompletedAttempt(
            learner: learner, quizID: "checkout", quizVersion: "1", quizTitle: "Checkout traces", mode: .auto,
            startedAt: startedAt, answers: answers, score: score, maxScore: maxScore,
            passed: score >= passMark * maxScore, endedAt: startedAt.addingTimeInterval(60))
    }
}
