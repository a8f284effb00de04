extension TraceLabDatabase {
    /// What an instance may do with the database file.
    public enum Access: Sendable, Hashable {
        /// Reads and writes; the directory and the file are created when missing and the file is
        /// checked (`PRAGMA quick_check`) before the first write.
        case readWrite
        /// Reads only, through read-only connections: the file is never written, so a read-only
        /// directory or file does not stop a read, and another process holding the write lock does
        /// not delay it (a read sees what that process last committed). Every write throws
        /// ``StoreError/readOnly(path:)``.
        case readOnly
    }
}
