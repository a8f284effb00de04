import TraceLabCore

/// Everything that can go wrong in the TraceLab store, each with a one-line message (``description``)
/// that says what is wrong and what to do about it.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another process held the database's write lock for longer than the busy timeout.
    case locked(path: String, timeoutSeconds: Double)
    /// The directory or the database file cannot be written.
    case readOnly(path: String)
    /// The data directory path names something that is not a directory.
    case notADirectory(path: String)
    /// The file is not an SQLite database, is damaged, or belongs to another application.
    /// The file is left exactly as it was.
    case corrupt(path: String)
    /// Something other than a regular file (a FIFO, a device, a socket) is where the database
    /// file should be; it is never opened, so it cannot block.
    case notARegularFile(path: String)
    /// The table that records which schema migrations ran holds names no TraceLab ever wrote.
    case damagedMigrations(path: String)
    /// The database was migrated by a newer TraceLab that knows schema versions this one does not.
    case newerSchema(path: String)
    /// The disk holding the database is full.
    case diskFull(path: String)
    /// The operating system reported an I/O failure on the database.
    case ioFailure(path: String, detail: String)
    /// No attempt has this id.
    case attemptNotFound(AttemptID)
    /// The attempt is already completed, so it accepts no more answers and cannot be completed again.
    case attemptAlreadyCompleted(AttemptID)
    /// A value handed to the store breaks one of its rules; the message names the value and the rule.
    case invalidValue(String)
    /// SQLite reported something not covered above.
    case unexpected(path: String, detail: String)

    /// The one-line message to show the learner.
    public var description: String {
        switch self {
        case .locked(let path, let timeoutSeconds):
            return "\(shown(path)) stayed locked by another process for more than "
                + "\(NumberText.compact(timeoutSeconds)) s; wait for it to finish and run again"
        case .readOnly(let path):
            return "cannot write to \(shown(path)): check permissions or pass --data-dir"
        case .notADirectory(let path):
            return "\(shown(path)) is not a directory: pass --data-dir with a directory TraceLab may write to"
        case .corrupt(let path):
            return "\(shown(path)) is not a TraceLab database or is damaged; "
                + "move it aside (it is never replaced automatically) and run again"
        case .notARegularFile(let path):
            return "\(shown(path)) is not a regular file (a FIFO, a device or a socket); "
                + "move it aside or pass --data-dir with another directory"
        case .damagedMigrations(let path):
            return
                "\(shown(path)) is damaged: its table of schema migrations holds names no TraceLab writes; "
                + "move it aside (it is never replaced automatically) and run again"
        case .newerSchema(let path):
            return "\(shown(path)) was written by a newer version of TraceLab; "
                + "update tracelab or pass --data-dir to use another directory"
        case .diskFull(let path):
            return "cannot save to \(shown(path)): the disk is full; free some space and run again"
        case .ioFailure(let path, let detail):
            return "reading or writing \(shown(path)) failed (\(detail)); check the disk and run again"
        case .attemptNotFound(let id):
            return "attempt \(id.rawValue) does not exist; start a new attempt"
        case .attemptAlreadyCompleted(let id):
            return "attempt \(id.rawValue) is already completed; start a new attempt to answer again"
        case .invalidValue(let message):
            return message
        case .unexpected(let path, let detail):
            return "the database \(shown(path)) reported an unexpected error (\(detail)); "
                + "run again, and report it if it persists"
        }
    }

    /// A path as it may be printed: control characters escaped so they cannot drive the terminal.
    private func shown(_ path: String) -> String {
        TextEscaping.escapingControlCharacters(path)
    }
}
