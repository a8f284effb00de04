import Foundation
import Testing

/// Commands that only read open the database for reading: while another process holds the
/// write lock they answer with what is committed instead of waiting 15 s and failing.
@Suite struct ReadingWhileLockedTests {
    /// The SQLite shell, used as the other process that holds the lock.
    static let sqliteShell = URL(fileURLWithPath: "/usr/bin/sqlite3")

    /// A `sqlite3` process inside `BEGIN IMMEDIATE` on `database`, until ``release()``.
    struct LockHolder {
        let process = Process()
        let input = Pipe()

        init(database: String, marker: URL) throws {
            process.executableURL = ReadingWhileLockedTests.sqliteShell
            process.arguments = [database]
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // `.output stdout` closes the marker file, so its text is there once the lock is held.
            try input.fileHandleForWriting.write(
                contentsOf: Data(
                    "BEGIN IMMEDIATE;\n.output \(marker.path)\nSELECT 'held';\n.output stdout\n".utf8))
            var waits = 0
            while (try? String(contentsOf: marker, encoding: .utf8))?.contains("held") != true, waits < 600 {
                Thread.sleep(forTimeInterval: 0.05)
                waits += 1
            }
        }

        func release() throws {
            try input.fileHandleForWriting.write(contentsOf: Data("ROLLBACK;\n.quit\n".utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: sqliteShell.path),
            "needs the sqlite3 shell to hold the write lock from another process"))
    func readingCommandsAnswerWhileAnotherProcessHoldsTheWriteLock() throws {
        let binary = try BuiltBinary()
        #expect(try binary.run(["quiz", "knowledge-check", "--answers", "A,A,A"]).exitCode == 0)
        let markerFolder = try TemporaryFolder("tracelab-lock-marker")
        let marker = markerFolder.url.appendingPathComponent("held")
        let holder = try LockHolder(database: binary.dataFolder.path + "/tracelab.sqlite", marker: marker)
        #expect(try String(contentsOf: marker, encoding: .utf8).contains("held"))
        let scores = try binary.run(["scores", "--format", "csv"])
        let review = try binary.run(["review", "knowledge-check"])
        let steps = try binary.run(["steps"])
        let lesson = try binary.run(["lesson"])
        try holder.release()

        #expect(scores.exitCode == 0, "\(scores.errors)")
        #expect(scores.output.contains("knowledge-check"))
        for result in [review, steps, lesson] {
            #expect(result.exitCode == 0, "\(result.errors)")
            #expect(result.errors.isEmpty)
        }
    }
}
