import Foundation
import GRDB

/// The TraceLab score and progress store: one SQLite file, `tracelab.sqlite`, in a data directory
/// chosen by the caller.
///
/// Several instances, in one process or many, may use the same file at once: the file is in WAL
/// mode and every write waits up to ``busyTimeoutSeconds`` for another writer to finish. A file
/// that is damaged or belongs to something else is reported as ``StoreError/corrupt(path:)`` and
/// never modified, replaced or deleted.
///
/// Benchmarks: nothing in this module reads a clock, sleeps on purpose (only SQLite's busy wait
/// does) or times itself; every time is a parameter, so `tracelab-bench` can time any call from
/// outside. The first write of a process reads the file once in full (`PRAGMA quick_check`); each
/// other call is one transaction.
public final class TraceLabDatabase: Sendable {
    /// The database's file name inside the data directory.
    public static let fileName = "tracelab.sqlite"
    /// How long a write waits for another process's write to finish, unless told otherwise.
    public static let defaultBusyTimeoutSeconds: Double = 15

    /// The full path of the database file.
    public let path: String
    /// How long a write waits for another writer before failing with ``StoreError/locked(path:timeoutSeconds:)``.
    public let busyTimeoutSeconds: Double
    /// Whether this instance may write; a ``Access/readOnly`` instance refuses every write.
    public let access: Access
    let pool: DatabasePool

    /// Opens `<dataDirectory>/tracelab.sqlite`, creating the directory (with its parents) and the
    /// file when missing, and brings the schema up to date. An existing file is first checked
    /// through a read-only connection (`PRAGMA quick_check`, ownership, schema version), which reads
    /// the whole file once.
    ///
    /// Throws ``StoreError/readOnly(path:)`` when the directory or file cannot be written,
    /// ``StoreError/notADirectory(path:)`` when `dataDirectory` is a file,
    /// ``StoreError/corrupt(path:)`` when the file is not a TraceLab database (it is left untouched),
    /// ``StoreError/newerSchema(path:)`` when a newer TraceLab wrote it and
    /// ``StoreError/locked(path:timeoutSeconds:)`` when another process holds it too long.
    ///
    /// With `access` ``Access/readOnly``, an existing TraceLab file is opened without any write
    /// (see ``Access/readOnly``); a missing or not yet migrated file is opened as with
    /// ``Access/readWrite``, since there is nothing to read yet.
    public convenience init(
        dataDirectory: String, busyTimeoutSeconds: Double = TraceLabDatabase.defaultBusyTimeoutSeconds,
        access: Access = .readWrite
    ) throws(StoreError) {
        guard busyTimeoutSeconds.isFinite, busyTimeoutSeconds >= 0 else {
            throw .invalidValue(
                "the busy timeout \(busyTimeoutSeconds) s is not a number of 0 or more seconds")
        }
        let path = URL(fileURLWithPath: dataDirectory).appendingPathComponent(Self.fileName).path
        let errors = StoreErrorMapping(path: path, busyTimeoutSeconds: busyTimeoutSeconds)
        if access == .readOnly,
            let pool = try ReadOnlyOpening.pool(
                directory: dataDirectory, path: path, busyTimeoutSeconds: busyTimeoutSeconds, errors: errors)
        {
            self.init(
                path: path, busyTimeoutSeconds: busyTimeoutSeconds, pool: pool,
                integrity: IntegrityGate(pool: pool, errors: errors, verified: true), access: .readOnly)
            return
        }
        try DataDirectory.prepare(directory: dataDirectory, databasePath: path)
        let lock = try OpeningLock.acquire(
            in: dataDirectory, timeoutSeconds: busyTimeoutSeconds, databasePath: path)
        defer { lock?.release() }
        var configuration = Configuration()
        configuration.label = "TraceLab"
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        configuration.prepareDatabase { db in
            // In WAL mode, NORMAL keeps every committed transaction through a crash or a kill of
            // the process (only a power loss can drop the last ones) and makes commits quick, so
            // a classroom of writers on one file rarely waits for the lock.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        // Opening a pool on a file without a write-ahead log writes to it (GRDB creates the log
        // with a tiny transaction), so such a file is checked first, through a read-only connection.
        var verified = true
        if FileManager.default.fileExists(atPath: path) {
            if !StoreSchema.headerIsTraceLabWAL(path: path) || !Self.hasWriteAheadLog(path) {
                try StoreSchema.inspect(path: path, busyTimeoutSeconds: busyTimeoutSeconds, errors: errors)
            } else {
                verified = false
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw errors.map(error)
        }
        let integrity = IntegrityGate(pool: pool, errors: errors, verified: verified)
        try StoreSchema.prepare(pool, integrity: integrity, errors: errors)
        self.init(
            path: path, busyTimeoutSeconds: busyTimeoutSeconds, pool: pool, integrity: integrity,
            access: .readWrite)
    }

    /// Closes the file under the opening lock: the last connection to close removes the
    /// write-ahead log, which must not happen while another process is opening the file.
    deinit {
        guard access == .readWrite else { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let lock = try? OpeningLock.acquire(
            in: directory, timeoutSeconds: busyTimeoutSeconds, databasePath: path)
        try? pool.close()
        lock?.release()
    }

    private init(
        path: String, busyTimeoutSeconds: Double, pool: DatabasePool, integrity: IntegrityGate, access: Access
    ) {
        self.path = path
        self.busyTimeoutSeconds = busyTimeoutSeconds
        self.pool = pool
        self.integrity = integrity
        self.access = access
    }

    /// Checks the whole file once before this instance first writes to it.
    let integrity: IntegrityGate

    /// True when `path`'s write-ahead log exists and holds something.
    private static func hasWriteAheadLog(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? nil
        return (size ?? 0) > 0
    }

    var errors: StoreErrorMapping {
        StoreErrorMapping(path: path, busyTimeoutSeconds: busyTimeoutSeconds)
    }

    /// Runs `body` in one immediate write transaction: all of it is saved, or none of it.
    /// The first write of this instance is preceded by `PRAGMA quick_check`: a damaged file is
    /// reported as ``StoreError/corrupt(path:)`` and left byte for byte as it was.
    /// A ``Access/readOnly`` instance throws ``StoreError/readOnly(path:)`` without touching the file.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard access == .readWrite else { throw .readOnly(path: path) }
        try integrity.verify()
        do {
            return try pool.write(body)
        } catch {
            throw errors.map(error)
        }
    }

    /// Runs `body` against one consistent snapshot of the database.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw errors.map(error)
        }
    }
}
