import Foundation
import GRDB
import Testing
import TraceLabStore

/// A database opened with ``TraceLabDatabase/Access/readOnly`` reads what is committed without
/// waiting for another writer and never writes to the file.
@Suite struct ReadOnlyAccessTests {
    @Test func anotherConnectionHoldingTheWriteLockDoesNotStopAReader() throws {
        let directory = try TemporaryDirectory()
        try directory.open().recordCheckoutAttempt(learner: "ada", points: [1], startedAt: Instant.base)
        let holder = try DatabaseQueue(path: directory.databasePath)
        try holder.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            try db.execute(
                sql: """
                    INSERT INTO attempts (learner, quiz_id, quiz_version, quiz_title, mode, started_at, status)
                    VALUES ('bob', 'checkout', '1', 'Checkout traces', 'exam', 0, 'unfinished')
                    """)
            // A writable open would need the lock and give up after this timeout with `.locked`.
            let reader = try TraceLabDatabase(
                dataDirectory: directory.path, busyTimeoutSeconds: 1, access: .readOnly)
            #expect(reader.access == .readOnly)
            #expect(try reader.attempts().map(\.learner) == ["ada"])
        }
    }

    @Test func aWriteThroughAReadOnlyDatabaseIsRefusedAndTheFileIsUnchanged() throws {
        let directory = try TemporaryDirectory()
        try directory.open().recordCheckoutAttempt(learner: "ada", points: [1], startedAt: Instant.base)
        let before = try Data(contentsOf: URL(fileURLWithPath: directory.databasePath))
        let reader = try TraceLabDatabase(dataDirectory: directory.path, access: .readOnly)
        #expect(try reader.attempts().count == 1)
        #expect(throws: StoreError.readOnly(path: directory.databasePath)) {
            try reader.startAttempt(
                learner: "ada", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
                startedAt: Instant.base)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.databasePath)) == before)
    }

    @Test func readingWhereThereIsNoDatabaseYetCreatesAnEmptyOne() throws {
        let directory = try TemporaryDirectory()
        let database = try TraceLabDatabase(dataDirectory: directory.path + "/data", access: .readOnly)
        #expect(database.access == .readWrite)
        #expect(try database.attempts().isEmpty)
    }

    @Test func aDamagedFileOpenedForReadingIsReportedAndLeftAsItWas() throws {
        let directory = try TemporaryDirectory()
        let garbage = Data(repeating: 0x5A, count: 4096)
        try garbage.write(to: URL(fileURLWithPath: directory.databasePath))
        #expect(throws: StoreError.corrupt(path: directory.databasePath)) {
            try TraceLabDatabase(dataDirectory: directory.path, access: .readOnly)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.databasePath)) == garbage)
    }
}
