import TraceLabCore

/// Every attempt plus, per learner and quiz, the attempt count, the best and the last completed
/// attempt, rendered as a text table, CSV or JSON. Pure: the same attempts always give the same
/// bytes. Every text value is control-escaped (``TextEscaping``) in every format.
public struct ScoresTable: Hashable, Sendable {
    /// The attempts, oldest first (ties by id).
    public let attempts: [StoredAttempt]
    /// One summary per (learner, quiz), ordered by learner then quiz id.
    public let summaries: [ScoreSummary]

    /// Builds the table from any attempts, in any order.
    public init(attempts: [StoredAttempt]) {
        self.attempts = AttemptOrder.oldestFirst(attempts)
        self.summaries = ScoreSummary.summaries(of: attempts)
    }

    /// Aligned plain-text columns: the attempts, then a "best and last" section; a single line
    /// saying so when there are no attempts.
    public func text() -> String {
        guard !attempts.isEmpty else { return "No quiz attempts recorded.\n" }
        let attemptRows = attempts.map { attempt in
            [
                attempt.id.description, attempt.learner, attempt.quizID, attempt.mode.rawValue,
                attempt.status.rawValue, ReportDate.text(attempt.startedAt), Self.scoreText(attempt),
                attempt.outcome?.percent.map { NumberText.compact($0) + "%" } ?? "-",
                attempt.passed.map { $0 ? "yes" : "no" } ?? "-",
            ]
        }
        let summaryRows = summaries.map { summary in
            [
                summary.learner, summary.quizID, String(summary.attemptCount), String(summary.completedCount),
                summary.best.map(Self.scoreText) ?? "-", summary.last.map(Self.scoreText) ?? "-",
            ]
        }
        return TextTable.render(
            header: [
                "ID", "LEARNER", "QUIZ", "MODE", "STATUS", "STARTED (UTC)", "SCORE", "PERCENT", "PASSED",
            ],
            rows: attemptRows)
            + "\nBest and last completed attempt per learner and quiz:\n"
            + TextTable.render(
                header: ["LEARNER", "QUIZ", "ATTEMPTS", "COMPLETED", "BEST", "LAST"], rows: summaryRows)
    }

    /// One CSV row per attempt; the `best` and `last` columns mark the best and the newest completed
    /// attempt of each learner and quiz. Unfinished attempts leave the result columns empty.
    public func csv() -> String {
        let bestIDs = Set(summaries.compactMap { $0.best?.id })
        let lastIDs = Set(summaries.compactMap { $0.last?.id })
        let header: [CSVField] = [
            "attempt_id", "learner", "quiz_id", "quiz_version", "quiz_title", "mode", "status", "started_at",
            "ended_at", "score", "max_score", "percent", "passed", "best", "last",
        ].map(CSVField.text)
        let rows: [[CSVField]] = attempts.map { attempt in
            let outcome = attempt.outcome
            return [
                .integer(attempt.id.rawValue), .text(attempt.learner), .text(attempt.quizID),
                .text(attempt.quizVersion), .text(attempt.quizTitle), .text(attempt.mode.rawValue),
                .text(attempt.status.rawValue), .text(ReportDate.text(attempt.startedAt)),
                outcome.map { .text(ReportDate.text($0.endedAt)) } ?? .empty,
                outcome.map { .number($0.score) } ?? .empty, outcome.map { .number($0.maxScore) } ?? .empty,
                outcome?.percent.map(CSVField.number) ?? .empty, outcome.map { .bool($0.passed) } ?? .empty,
                .bool(bestIDs.contains(attempt.id)), .bool(lastIDs.contains(attempt.id)),
            ]
        }
        return CSV.render([header] + rows)
    }

    /// `{"attempts": [...], "summaries": [...]}`: every attempt with its answers, and per learner
    /// and quiz the counts plus the best and last completed attempt (or `null`).
    public func json() -> String {
        JSONValue.object([
            ("attempts", .array(attempts.map(ReportJSON.attempt))),
            ("summaries", .array(summaries.map(ReportJSON.summary))),
        ]).rendered()
    }

    private static func scoreText(_ attempt: StoredAttempt) -> String {
        guard let outcome = attempt.outcome else { return "-" }
        return NumberText.compact(outcome.score) + "/" + NumberText.compact(outcome.maxScore)
    }
}
