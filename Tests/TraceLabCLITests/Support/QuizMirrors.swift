import Testing

/// `quiz --format json`: the documented keys of an auto-graded result.
struct QuizReportMirror: Decodable {
    struct Answer: Decodable {
        let choices: [String]?
        let letters: String?
        let number: Double?
    }

    struct Question: Decodable {
        let id: String
        let given: Answer?
        let expected: Answer
        let correct: Bool
        let correctness: String
        let points: Double
        let maxPoints: Double
        let explanation: String
    }

    let quiz: String
    let learner: String
    let score: Double
    let maxScore: Double
    let percent: Double
    let passed: Bool
    let questions: [Question]
}

/// `scores --format json`: every stored attempt and the per-learner summaries.
struct ScoresMirror: Decodable {
    struct Attempt: Decodable {
        let id: Int
        let learner: String
        let quizID: String
        let mode: String
        let status: String
        let score: Double?
        let maxScore: Double?
        let passed: Bool?
        let answers: [StoredAnswer]
    }

    struct StoredAnswer: Decodable {
        let questionID: String
        let given: [String]
        let correctness: String
    }

    struct Summary: Decodable {
        let learner: String
        let quizID: String
        let attemptCount: Int
        let completedCount: Int
    }

    let attempts: [Attempt]
    let summaries: [Summary]
}

extension TestApp {
    /// The stored attempts, read back with `scores --format json`.
    func scores() throws -> ScoresMirror {
        let result = run(["scores", "--format", "json"])
        try #require(result.exitCode == 0, "scores failed: \(result.errors)")
        return try decode(ScoresMirror.self, from: result)
    }
}
