import Foundation
import GRDB
import Testing
import TraceLabStore

/// Files at `tracelab.sqlite` that are not a TraceLab database: each must give `StoreError.corrupt`
/// and stay byte for byte as it was.
@Suite struct DamagedDatabaseTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case garbageBytes
        case plainText
        case sqliteHeaderThenGarbage
        case truncatedAfterUse

        var testDescription: String { rawValue }

        func bytes(in directory: TemporaryDirectory) throws -> Data {
            switch self {
            case .garbageBytes:
                return Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
            case .plainText:
                return Data("name,score\nada,3\n".utf8)
            case .sqliteHeaderThenGarbage:
                return Data("SQLite format 3\0".utf8) + Data(repeating: 0xA5, count: 4080)
            case .truncatedAfterUse:
                let source = try TemporaryDirectory()
                let database = try source.open()
                for index in 0..<200 {
                    try database.recordCheckoutAttempt(
                        learner: "learner \(index)", points: [1, 1, 0], startedAt: Instant.at(Double(index)))
                }
                let queue = try DatabaseQueue(path: source.databasePath)
                _ = try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
                let whole = try Data(contentsOf: URL(fileURLWithPath: source.databasePath))
                return whole.prefix(whole.count / 2)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func damagedFileIsReportedAndNeverTouched(damage: Damage) throws {
        let directory = try TemporaryDirectory()
        let original = try damage.bytes(in: directory)
        try original.write(to: URL(fileURLWithPath: directory.databasePath))

        let error = #expect(throws: StoreError.self) {
            let database = try directory.open()
            _ = try database.attempts()
        }
        #expect(error == .corrupt(path: directory.databasePath))
        #expect(
            error?.description
                == "\(directory.databasePath) is not a TraceLab database or is damaged; "
                + "move it aside (it is never replaced automatically) and run again")
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.databasePath)) == original)
    }

    @Test func anotherApplicationsSQLiteDatabaseIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        let foreign = try DatabaseQueue(path: directory.databasePath)
        try foreign.write { db in
            try db.execute(
                sql: "CREATE TABLE attempts (who TEXT); INSERT INTO attempts VALUES ('someone else')")
        }
        try foreign.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: directory.databasePath))

        #expect(throws: StoreError.corrupt(path: directory.databasePath)) { try directory.open() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.databasePath)) == before)
    }

    @Test func directoryInPlaceOfTheFileIsReported() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            atPath: directory.databasePath, withIntermediateDirectories: false)
        #expect(throws: StoreError.corrupt(path: directory.databasePath)) { try directory.open() }
    }
}
