import Foundation
import GRDB
import Testing
import TraceLabStore

@Suite struct AttemptStoreTests {
    @Test func startedAttemptWithAnswersRoundTripsAsCompleted() throws {
        let directory = try TemporaryDirectory()
        let database = try directory.open()
        let id = try database.startAttempt(
            learner: "Ada Lovelace", quizID: "checkout", quizVersion: "3", quizTitle: "Checkout traces",
            mode: .exam,
            startedAt: Instant.base)
        try database.recordAnswer(attemptID: id, answer: Answers.right)
        try database.recordAnswer(attemptID: id, answer: Answers.partly)
        try database.recordAnswer(attemptID: id, answer: Answers.wrong)
        try database.completeAttempt(id, score: 2.5, maxScore: 4, passed: true, endedAt: Instant.at(300))

        let stored = try #require(try directory.open().attempt(id))
        #expect(
            stored
                == StoredAttempt(
                    id: id, learner: "Ada Lovelace", quizID: "checkout", quizVersion: "3",
                    quizTitle: "Checkout traces", mode: .exam, startedAt: Instant.base,
                    outcome: AttemptOutcome(endedAt: Instant.at(300), score: 2.5, maxScore: 4, passed: true),
                    answers: [Answers.right, Answers.partly, Answers.wrong]))
        #expect(stored.status == .completed)
        #expect(stored.outcome?.percent == 62.5)
    }

    @Test func interruptedAttemptStaysUnfinishedWithEveryAnswerGiven() throws {
        let directory = try TemporaryDirectory()
        let id = try directory.open().startAttempt(
            learner: "bo", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .practice,
            startedAt: Instant.base)
        try directory.open().recordAnswer(attemptID: id, answer: Answers.right)
        try directory.open().recordAnswer(attemptID: id, answer: Answers.wrong)

        let stored = try #require(try directory.open().lastAttempt(learner: "bo", quizID: "checkout"))
        #expect(stored.status == .unfinished)
        #expect(stored.outcome == nil)
        #expect(stored.endedAt == nil)
        #expect(stored.score == nil)
        #expect(stored.answers == [Answers.right, Answers.wrong])
        #expect(stored.pointsSoFar == 2)
    }

    @Test func answeringAQuestionAgainReplacesItInPlace() throws {
        let database = try TemporaryDirectory().open()
        let id = try database.startAttempt(
            learner: "cy", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .practice,
            startedAt: Instant.base)
        try database.recordAnswer(attemptID: id, answer: Answers.wrong)
        try database.recordAnswer(attemptID: id, answer: Answers.right)
        let retried = StoredAnswer(
            questionID: "q3", given: ["4"], correctness: .full, points: 1, maxPoints: 1)
        try database.recordAnswer(attemptID: id, answer: retried)
        #expect(try database.attempt(id)?.answers == [retried, Answers.right])
    }

    @Test func completedAttemptAcceptsNoMoreAnswersOrCompletion() throws {
        let database = try TemporaryDirectory().open()
        let id = try database.recordCheckoutAttempt(learner: "di", points: [1], startedAt: Instant.base)
        #expect(throws: StoreError.attemptAlreadyCompleted(id)) {
            try database.recordAnswer(attemptID: id, answer: Answers.wrong)
        }
        #expect(throws: StoreError.attemptAlreadyCompleted(id)) {
            try database.completeAttempt(id, score: 0, maxScore: 1, passed: false, endedAt: Instant.at(9))
        }
        #expect(try database.attempt(id)?.score == 1)
    }

    @Test func unknownAttemptIsReported() throws {
        let database = try TemporaryDirectory().open()
        let missing = AttemptID(rawValue: 42)
        #expect(throws: StoreError.attemptNotFound(missing)) {
            try database.recordAnswer(attemptID: missing, answer: Answers.right)
        }
        #expect(throws: StoreError.attemptNotFound(missing)) {
            try database.completeAttempt(missing, score: 1, maxScore: 1, passed: true, endedAt: Instant.base)
        }
        #expect(try database.attempt(missing) == nil)
        #expect(
            StoreError.attemptNotFound(missing).description
                == "attempt 42 does not exist; start a new attempt")
    }

    @Test func invalidAutoGradedRunRecordsNothing() throws {
        let database = try TemporaryDirectory().open()
        let tooMany = StoredAnswer(
            questionID: "q9", given: ["a"], correctness: .full, points: 3, maxPoints: 1)
        let error = #expect(throws: StoreError.self) {
            try database.recordCompletedAttempt(
                learner: "ed", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .auto,
                startedAt: Instant.base, answers: [Answers.right, tooMany], score: 5, maxScore: 3,
                passed: true,
                endedAt: Instant.at(1))
        }
        #expect(error?.description.contains("question q9") == true)
        #expect(try database.attempts().isEmpty)
    }

    @Test(arguments: [
        (score: -1.0, maxScore: 4.0), (score: 5, maxScore: 4), (score: .nan, maxScore: 4),
        (score: 1, maxScore: -2),
        (score: 1, maxScore: .infinity),
    ])
    func impossibleScoresAreRejected(score: Double, maxScore: Double) throws {
        let database = try TemporaryDirectory().open()
        let id = try database.startAttempt(
            learner: "fay", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
            startedAt: Instant.base)
        #expect(throws: StoreError.self) {
            try database.completeAttempt(
                id, score: score, maxScore: maxScore, passed: false, endedAt: Instant.at(1))
        }
        #expect(try database.attempt(id)?.status == .unfinished)
    }

    @Test func duplicateQuestionInOneAutoGradedRunIsRejected() throws {
        let database = try TemporaryDirectory().open()
        #expect(throws: StoreError.self) {
            try database.recordCompletedAttempt(
                learner: "gus", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .auto,
                startedAt: Instant.base, answers: [Answers.right, Answers.right], score: 4, maxScore: 4,
                passed: true, endedAt: Instant.at(1))
        }
        #expect(try database.attempts().isEmpty)
    }

    @Test func emptyLearnerNameIsRejectedWithAMessage() throws {
        let database = try TemporaryDirectory().open()
        let error = #expect(throws: StoreError.self) {
            try database.startAttempt(
                learner: "", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
                startedAt: Instant.base)
        }
        #expect(
            error?.description == "the learner name is empty; give a learner name with at least one character"
        )
    }

    @Test func attemptsAreFilteredAndListedNewestLast() throws {
        let database = try TemporaryDirectory().open()
        let late = try database.recordCheckoutAttempt(
            learner: "ada", points: [1, 1], startedAt: Instant.at(500))
        let early = try database.recordCheckoutAttempt(
            learner: "ada", points: [0, 1], startedAt: Instant.at(100))
        let other = try database.recordCheckoutAttempt(
            learner: "bo", points: [1, 0], startedAt: Instant.at(50))
        let unfinished = try database.startAttempt(
            learner: "ada", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
            startedAt: Instant.at(900))
        let elsewhere = try database.startAttempt(
            learner: "ada", quizID: "context", quizVersion: "1", quizTitle: "Context", mode: .exam,
            startedAt: Instant.at(950))

        #expect(
            try database.attempts(learner: "ada", quizID: "checkout").map(\.id) == [early, late, unfinished])
        #expect(try database.attempts().map(\.id) == [other, early, late, unfinished, elsewhere])
        #expect(try database.attempts(quizID: "checkout").count == 4)
        #expect(try database.lastAttempt(learner: "ada", quizID: "checkout")?.id == unfinished)
        #expect(try database.lastAttempt(learner: "zed", quizID: "checkout") == nil)
    }

    @Test func scoreSummaryCountsEveryAttemptAndPicksBestAndLastCompleted() throws {
        let database = try TemporaryDirectory().open()
        let first = try database.recordCheckoutAttempt(
            learner: "ada", points: [1, 0, 0], startedAt: Instant.at(1))
        let best = try database.recordCheckoutAttempt(
            learner: "ada", points: [1, 1, 1], startedAt: Instant.at(2))
        _ = try database.recordCheckoutAttempt(learner: "ada", points: [1, 1, 1], startedAt: Instant.at(3))
        let last = try database.recordCheckoutAttempt(
            learner: "ada", points: [0, 1, 0], startedAt: Instant.at(4))
        _ = try database.startAttempt(
            learner: "ada", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
            startedAt: Instant.at(5))

        let summary = try #require(try database.scoreSummary(learner: "ada", quizID: "checkout"))
        #expect(summary.attemptCount == 5)
        #expect(summary.completedCount == 4)
        #expect(summary.best?.id == best)
        #expect(summary.last?.id == last)
        #expect(summary.best?.id != first)
        #expect(try database.scoreSummary(learner: "bo", quizID: "checkout") == nil)
        #expect(try database.scoreSummaries().map(\.learner) == ["ada"])
    }

    @Test func summaryOfOnlyUnfinishedAttemptsHasNoBestOrLast() throws {
        let database = try TemporaryDirectory().open()
        _ = try database.startAttempt(
            learner: "ada", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
            startedAt: Instant.base)
        let summary = try #require(try database.scoreSummary(learner: "ada", quizID: "checkout"))
        #expect(summary.attemptCount == 1)
        #expect(summary.completedCount == 0)
        #expect(summary.best == nil)
        #expect(summary.last == nil)
    }
}

@Suite struct AtomicAttemptTests {
    /// A trigger makes SQLite refuse the second answer mid-transaction: the attempt row and the first
    /// answer, already written in that transaction, must disappear with it.
    @Test func failureMidwayThroughAnAutoGradedRunLeavesNoAttempt() throws {
        let directory = try TemporaryDirectory()
        let database = try directory.open()
        let saboteur = try DatabaseQueue(path: directory.databasePath)
        try saboteur.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_q2 BEFORE INSERT ON answers WHEN NEW.question_id = 'q2'
                    BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                    """)
        }
        #expect(throws: StoreError.self) {
            try database.recordCompletedAttempt(
                learner: "ada", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .auto,
                startedAt: Instant.base, answers: [Answers.right, Answers.partly], score: 2.5, maxScore: 3,
                passed: true, endedAt: Instant.at(1))
        }
        #expect(try database.attempts().isEmpty)
        #expect(try saboteur.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM answers") } == 0)
    }
}
