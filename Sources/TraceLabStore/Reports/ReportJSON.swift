/// The JSON shapes shared by the reports.
enum ReportJSON {
    static func attempt(_ attempt: StoredAttempt) -> JSONValue {
        let outcome = attempt.outcome
        return .object([
            ("id", .integer(attempt.id.rawValue)),
            ("learner", .string(attempt.learner)),
            ("quizID", .string(attempt.quizID)),
            ("quizVersion", .string(attempt.quizVersion)),
            ("quizTitle", .string(attempt.quizTitle)),
            ("mode", .string(attempt.mode.rawValue)),
            ("status", .string(attempt.status.rawValue)),
            ("startedAt", .string(ReportDate.text(attempt.startedAt))),
            ("endedAt", outcome.map { .string(ReportDate.text($0.endedAt)) } ?? .null),
            ("score", outcome.map { .number($0.score) } ?? .null),
            ("maxScore", outcome.map { .number($0.maxScore) } ?? .null),
            ("percent", outcome?.percent.map(JSONValue.number) ?? .null),
            ("passed", outcome.map { .bool($0.passed) } ?? .null),
            ("answers", .array(attempt.answers.map(answer))),
        ])
    }

    static func answer(_ answer: StoredAnswer) -> JSONValue {
        .object([
            ("questionID", .string(answer.questionID)),
            ("given", .array(answer.given.map(JSONValue.string))),
            ("correctness", .string(answer.correctness.rawValue)),
            ("points", .number(answer.points)),
            ("maxPoints", .number(answer.maxPoints)),
        ])
    }

    static func summary(_ summary: ScoreSummary) -> JSONValue {
        .object([
            ("learner", .string(summary.learner)),
            ("quizID", .string(summary.quizID)),
            ("quizTitle", .string(summary.quizTitle)),
            ("attemptCount", .integer(Int64(summary.attemptCount))),
            ("completedCount", .integer(Int64(summary.completedCount))),
            ("best", summary.best.map(result) ?? .null),
            ("last", summary.last.map(result) ?? .null),
        ])
    }

    /// The short form of a completed attempt used inside summaries.
    private static func result(_ attempt: StoredAttempt) -> JSONValue {
        let outcome = attempt.outcome
        return .object([
            ("attemptID", .integer(attempt.id.rawValue)),
            ("endedAt", outcome.map { .string(ReportDate.text($0.endedAt)) } ?? .null),
            ("score", outcome.map { .number($0.score) } ?? .null),
            ("maxScore", outcome.map { .number($0.maxScore) } ?? .null),
            ("percent", outcome?.percent.map(JSONValue.number) ?? .null),
            ("passed", outcome.map { .bool($0.passed) } ?? .null),
        ])
    }
}
