import Foundation
import GRDB

/// Opens an existing TraceLab database with read-only connections. Unlike a writable pool, it
/// neither switches the file to WAL mode nor writes to create the write-ahead log, so it never
/// waits for the write lock and needs no write permission.
enum ReadOnlyOpening {
    /// A read-only pool on `path`, or `nil` when there is no file yet or it holds no migrated
    /// TraceLab schema (the caller then opens it for writing, which creates or migrates it).
    /// Throws ``StoreError/corrupt(path:)`` for a damaged or foreign file (left untouched) and
    /// ``StoreError/newerSchema(path:)`` for a file from a newer TraceLab.
    static func pool(directory: String, path: String, busyTimeoutSeconds: Double, errors: StoreErrorMapping)
        throws(StoreError) -> DatabasePool?
    {
        guard try DataDirectory.holdsDatabase(directory: directory, databasePath: path) else { return nil }
        var configuration = Configuration()
        configuration.label = "TraceLab"
        configuration.readonly = true
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        do {
            do {
                return try open(path, configuration: configuration, errors: errors)
            } catch let error as DatabaseError
                where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode)
            {
                // SQLite cannot create the log's index next to a WAL-mode file in a directory it
                // may not write. With no log there, nobody is writing the file: read it as immutable.
                let files = FileManager.default
                guard !files.isWritableFile(atPath: directory), !files.fileExists(atPath: path + "-wal"),
                    let uri = immutableURI(path)
                else { throw error }
                return try open(uri, configuration: configuration, errors: errors)
            }
        } catch {
            throw errors.map(error)
        }
    }

    private static func open(_ location: String, configuration: Configuration, errors: StoreErrorMapping)
        throws
        -> DatabasePool?
    {
        let pool = try DatabasePool(path: location, configuration: configuration)
        let isCurrent = try pool.read { db in try StoreSchema.isCurrent(db, errors: errors) }
        return isCurrent ? pool : nil
    }

    /// `path` as an SQLite URI that opens it read-only and immutable.
    private static func immutableURI(_ path: String) -> String? {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed).map {
            "file:\($0)?mode=ro&immutable=1"
        }
    }
}
