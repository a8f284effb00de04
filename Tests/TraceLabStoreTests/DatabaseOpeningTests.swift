import Foundation
import GRDB
import Testing
import TraceLabStore

@Suite struct DatabaseOpeningTests {
    @Test func createsMissingDirectoriesAndTheDatabaseFile() throws {
        let root = try TemporaryDirectory()
        let nested = root.path + "/a/b/data"
        let database = try TraceLabDatabase(dataDirectory: nested)
        #expect(database.path == nested + "/tracelab.sqlite")
        #expect(FileManager.default.fileExists(atPath: database.path))
        #expect(database.busyTimeoutSeconds == TraceLabDatabase.defaultBusyTimeoutSeconds)
    }

    @Test func freshDatabaseIsMigratedInWALModeWithForeignKeys() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.open()
        let queue = try DatabaseQueue(path: directory.databasePath)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try db.tableExists("attempts"))
            #expect(try db.tableExists("answers"))
            #expect(try db.tableExists("progress"))
            #expect(
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == [
                    "v1", "v2-lab-load", "v3-lab-sampling", "v4-run-overview",
                ])
            #expect(try db.foreignKeys(on: "answers").map(\.destinationTable) == ["attempts"])
            let indexes = try db.indexes(on: "attempts").map(\.name)
            #expect(indexes.contains("attempts_by_learner_and_quiz"))
            #expect(indexes.contains("attempts_by_quiz"))
        }
    }

    @Test func reopeningKeepsDataAndDoesNotMigrateAgain() throws {
        let directory = try TemporaryDirectory()
        let id = try directory.open().recordCheckoutAttempt(
            learner: "ada", points: [1, 0], startedAt: Instant.base)
        let reopened = try directory.open()
        #expect(try reopened.attempt(id)?.learner == "ada")
        #expect(try reopened.attempts().count == 1)
    }

    @Test func dataDirectoryThatIsAFileIsReported() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path + "/not-a-directory"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: StoreError.notADirectory(path: file)) { try TraceLabDatabase(dataDirectory: file) }
        #expect(throws: StoreError.notADirectory(path: file)) {
            try TraceLabDatabase(dataDirectory: file + "/below")
        }
    }

    @Test func databaseFromANewerTraceLabIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.open()
        let queue = try DatabaseQueue(path: directory.databasePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        let error = #expect(throws: StoreError.self) { try directory.open() }
        #expect(error == .newerSchema(path: directory.databasePath))
        #expect(error?.description.contains("newer version of TraceLab") == true)
        #expect(
            try queue.read { try String.fetchSet($0, sql: "SELECT identifier FROM grdb_migrations") } == [
                "v1", "v2-lab-load", "v3-lab-sampling", "v4-run-overview", "v99",
            ])
    }

    @Test func writerHoldingTheLockTooLongGivesLocked() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.open()
        let impatient = try TraceLabDatabase(dataDirectory: directory.path, busyTimeoutSeconds: 0.2)
        let holder = try DatabaseQueue(path: directory.databasePath)
        try holder.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let error = #expect(throws: StoreError.self) {
                try impatient.startAttempt(
                    learner: "ada", quizID: "checkout", quizVersion: "1", quizTitle: "Checkout", mode: .exam,
                    startedAt: Instant.base)
            }
            #expect(error == .locked(path: directory.databasePath, timeoutSeconds: 0.2))
            #expect(error?.description.contains("wait for it to finish and run again") == true)
        }
        #expect(try impatient.attempts().isEmpty)
    }
}
