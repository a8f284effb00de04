import Synchronization
import TraceLabStore

/// The databases this process has opened, by data directory, so a REPL session opens (and
/// checks) its database once rather than once per typed command.
public final class OpenDatabases: Sendable {
    private let open = Mutex<[String: TraceLabDatabase]>([:])

    /// Creates an empty set.
    public init() {}

    /// The database in `directory`, opened on first use. A database opened for reading is reopened
    /// for writing the first time `access` asks for it; one opened for writing also serves reads.
    public func database(in directory: String, access: TraceLabDatabase.Access = .readWrite)
        throws(StoreError) -> TraceLabDatabase
    {
        if let database = open.withLock({ $0[directory] }),
            access == .readOnly || database.access == .readWrite
        {
            return database
        }
        let database = try TraceLabDatabase(dataDirectory: directory, access: access)
        open.withLock { $0[directory] = database }
        return database
    }
}
