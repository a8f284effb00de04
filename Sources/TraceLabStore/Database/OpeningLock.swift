import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory lock (`flock`) on `tracelab.sqlite.lock` beside the database, held by a process
/// while it opens the file (creating, inspecting or migrating it) and while it closes it. Without
/// it, processes that open one fresh file at the same instant can find it half made, and a
/// process closing the last connection deletes the write-ahead log under one that is opening.
/// Reads and writes in between do not take it: SQLite's own locks cover those.
final class OpeningLock {
    /// The lock file's name inside the data directory.
    static let fileName = TraceLabDatabase.fileName + ".lock"

    private let descriptor: Int32
    private var released = false

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock in `directory`, waiting up to `timeoutSeconds` for another process to let it
    /// go; nil when the lock file cannot be created (a read-only directory: there is nothing to
    /// open for writing there anyway, and the caller's own checks say so).
    static func acquire(in directory: String, timeoutSeconds: Double, databasePath: String)
        throws(StoreError) -> OpeningLock?
    {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .notARegularFile(path: path)
        }
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw .locked(path: databasePath, timeoutSeconds: timeoutSeconds)
            }
            usleep(5_000)
        }
        return OpeningLock(descriptor: descriptor)
    }

    /// Lets the lock go; later calls do nothing.
    func release() {
        guard !released else { return }
        released = true
        close(descriptor)
    }
}
