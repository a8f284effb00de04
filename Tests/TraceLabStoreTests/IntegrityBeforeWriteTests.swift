import Foundation
import GRDB
import Testing
import TraceLabStore

/// A database damaged after it was written is never written again: the first write of a process
/// checks the file, refuses, and leaves it byte for byte as it was.
@Suite struct IntegrityBeforeWriteTests {
    static let pageSize = 4096

    /// A used database, checkpointed into its main file and closed, as a finished session leaves it.
    func usedDatabase() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        do {
            let database = try directory.open()
            for index in 0..<60 {
                try database.recordCheckoutAttempt(
                    learner: "learner \(index)", points: [1, 0, 1], startedAt: Instant.at(Double(index)))
            }
        }
        let queue = try DatabaseQueue(path: directory.databasePath)
        _ = try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try queue.close()
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: directory.databasePath + suffix)
        }
        return directory
    }

    @Test func everyDamagedPageIsRefusedBeforeAnythingIsWritten() throws {
        let template = try usedDatabase()
        let original = try Data(contentsOf: URL(fileURLWithPath: template.databasePath))
        let pages = original.count / Self.pageSize
        #expect(pages > 3)
        for page in 1..<pages {
            let directory = try TemporaryDirectory()
            var damaged = original
            let start = page * Self.pageSize
            damaged.replaceSubrange(
                start..<start + Self.pageSize, with: Data(repeating: 0xA5, count: Self.pageSize))
            try damaged.write(to: URL(fileURLWithPath: directory.databasePath))
            #expect(throws: StoreError.self, "page \(page + 1)") {
                let database = try directory.open()
                try database.recordCheckoutAttempt(
                    learner: "ada", points: [1, 1, 1], startedAt: Instant.at(0))
            }
            let after = try Data(contentsOf: URL(fileURLWithPath: directory.databasePath))
            #expect(after == damaged, "page \(page + 1) was written to")
        }
    }

    @Test func aMigrationsTableWithForeignNamesIsCalledDamagedNotNewer() throws {
        let directory = try usedDatabase()
        let queue = try DatabaseQueue(path: directory.databasePath)
        try queue.write {
            try $0.execute(sql: "UPDATE grdb_migrations SET identifier = 'x\u{1}garbage' || identifier")
        }
        try queue.close()
        let error = #expect(throws: StoreError.self) { try directory.open() }
        #expect(error == .damagedMigrations(path: directory.databasePath))
        #expect(error?.description.contains("newer") == false)
    }

    @Test func aMigrationFromANewerTraceLabIsStillCalledNewer() throws {
        let directory = try usedDatabase()
        let queue = try DatabaseQueue(path: directory.databasePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: directory.databasePath)) { try directory.open() }
    }

    @Test func aFIFOWhereTheDatabaseShouldBeIsRefusedWithoutBlocking() throws {
        let directory = try TemporaryDirectory()
        #expect(mkfifo(directory.databasePath, 0o644) == 0)
        #expect(throws: StoreError.notARegularFile(path: directory.databasePath)) { try directory.open() }
    }
}
