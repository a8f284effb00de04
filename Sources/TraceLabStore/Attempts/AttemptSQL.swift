import Foundation
import GRDB

/// The SQL behind the attempt API; every function runs inside a transaction its caller opened.
enum AttemptSQL {
    static func insertAttempt(
        _ db: Database, learner: String, quizID: String, quizVersion: String, quizTitle: String,
        mode: AttemptMode, startedAt: Date
    ) throws -> AttemptID {
        try db.execute(
            sql: """
                INSERT INTO attempts (learner, quiz_id, quiz_version, quiz_title, mode, started_at, status)
                VALUES (?, ?, ?, ?, ?, ?, 'unfinished')
                """,
            arguments: [
                learner, quizID, quizVersion, quizTitle, mode.rawValue, startedAt.timeIntervalSince1970,
            ])
        return AttemptID(rawValue: db.lastInsertedRowID)
    }

    static func requireUnfinished(_ db: Database, _ attemptID: AttemptID) throws {
        let status = try String.fetchOne(
            db, sql: "SELECT status FROM attempts WHERE id = ?", arguments: [attemptID.rawValue])
        guard let status else { throw StoreError.attemptNotFound(attemptID) }
        if status != AttemptStatus.unfinished.rawValue { throw StoreError.attemptAlreadyCompleted(attemptID) }
    }

    static func upsertAnswer(_ db: Database, attemptID: AttemptID, answer: StoredAnswer) throws {
        try db.execute(
            sql: """
                INSERT INTO answers (attempt_id, position, question_id, given, correctness, points, max_points)
                VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM answers WHERE attempt_id = ?1),
                        ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (attempt_id, question_id) DO UPDATE SET
                    given = excluded.given, correctness = excluded.correctness,
                    points = excluded.points, max_points = excluded.max_points
                """,
            arguments: [
                attemptID.rawValue, answer.questionID, try JSONColumn.encode(answer.given),
                answer.correctness.rawValue, answer.points, answer.maxPoints,
            ])
    }

    static func complete(_ db: Database, _ attemptID: AttemptID, outcome: AttemptOutcome) throws {
        try db.execute(
            sql: """
                UPDATE attempts SET status = 'completed', ended_at = ?, score = ?, max_score = ?, passed = ?
                WHERE id = ?
                """,
            arguments: [
                outcome.endedAt.timeIntervalSince1970, outcome.score, outcome.maxScore, outcome.passed,
                attemptID.rawValue,
            ])
    }

    static func fetchAttempts(
        _ db: Database, id: AttemptID? = nil, learner: String? = nil, quizID: String? = nil, path: String
    ) throws -> [StoredAttempt] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let id {
            conditions.append("attempts.id = ?")
            arguments += [id.rawValue]
        }
        if let learner {
            conditions.append("attempts.learner = ?")
            arguments += [learner]
        }
        if let quizID {
            conditions.append("attempts.quiz_id = ?")
            arguments += [quizID]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let answerRows = try Row.fetchAll(
            db,
            sql: """
                SELECT answers.* FROM answers JOIN attempts ON attempts.id = answers.attempt_id \(filter)
                ORDER BY answers.attempt_id, answers.position
                """,
            arguments: arguments)
        var answersByAttempt: [Int64: [StoredAnswer]] = [:]
        for row in answerRows {
            answersByAttempt[try row.decode(Int64.self, forColumn: "attempt_id"), default: []]
                .append(try answer(from: row, path: path))
        }
        let attemptRows = try Row.fetchAll(
            db, sql: "SELECT * FROM attempts \(filter) ORDER BY started_at, id", arguments: arguments)
        return try attemptRows.map { row in
            let id: Int64 = try row.decode(forColumn: "id")
            return try attempt(from: row, answers: answersByAttempt[id] ?? [], path: path)
        }
    }

    private static func attempt(from row: Row, answers: [StoredAnswer], path: String) throws -> StoredAttempt
    {
        guard let mode = AttemptMode(rawValue: try row.decode(forColumn: "mode")) else {
            throw StoreError.corrupt(path: path)
        }
        var outcome: AttemptOutcome?
        if let endedAt: Double = try row.decode(forColumn: "ended_at") {
            outcome = AttemptOutcome(
                endedAt: Date(timeIntervalSince1970: endedAt), score: try row.decode(forColumn: "score"),
                maxScore: try row.decode(forColumn: "max_score"), passed: try row.decode(forColumn: "passed"))
        }
        return StoredAttempt(
            id: AttemptID(rawValue: try row.decode(forColumn: "id")),
            learner: try row.decode(forColumn: "learner"),
            quizID: try row.decode(forColumn: "quiz_id"),
            quizVersion: try row.decode(forColumn: "quiz_version"),
            quizTitle: try row.decode(forColumn: "quiz_title"), mode: mode,
            startedAt: Date(timeIntervalSince1970: try row.decode(forColumn: "started_at")), outcome: outcome,
            answers: answers)
    }

    private static func answer(from row: Row, path: String) throws -> StoredAnswer {
        guard let correctness = AnswerCorrectness(rawValue: try row.decode(forColumn: "correctness")) else {
            throw StoreError.corrupt(path: path)
        }
        return StoredAnswer(
            questionID: try row.decode(forColumn: "question_id"),
            given: try JSONColumn.decode(try row.decode(forColumn: "given"), path: path),
            correctness: correctness, points: try row.decode(forColumn: "points"),
            maxPoints: try row.decode(forColumn: "max_points"))
    }
}
