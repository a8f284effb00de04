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
            let pool = try DatabasePool(path: path, configuration: configuration)
            let isCurrent = try pool.read { db in try StoreSchema.isCurrent(db, errors: errors) }
            return isCurrent ? pool : nil
        } catch {
            throw errors.map(error)
        }
    }
}
