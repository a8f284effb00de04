import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes sure the data directory exists and can hold a writable database before SQLite touches it.
enum DataDirectory {
    static func prepare(directory: String, databasePath: String) throws(StoreError) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: directory) }
        } else {
            do {
                try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw creationFailure(directory)
            }
        }
        guard files.isWritableFile(atPath: directory) else { throw .readOnly(path: directory) }
        for companion in ["", "-wal", "-shm"] {
            try requireRegularFileOrNothing(databasePath + companion)
        }
        if files.fileExists(atPath: databasePath, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else { throw .corrupt(path: databasePath) }
            guard files.isWritableFile(atPath: databasePath) else { throw .readOnly(path: databasePath) }
        }
    }

    /// True when `databasePath` exists to be read, false when it (or `directory`) is missing;
    /// asks for no write permission. Throws for a `directory` that is a file, for a FIFO or device
    /// where the database or its companions should be, and for a directory in the file's place.
    static func holdsDatabase(directory: String, databasePath: String) throws(StoreError) -> Bool {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: directory, isDirectory: &isDirectory) else { return false }
        guard isDirectory.boolValue else { throw .notADirectory(path: directory) }
        for companion in ["", "-wal", "-shm"] {
            try requireRegularFileOrNothing(databasePath + companion)
        }
        guard files.fileExists(atPath: databasePath, isDirectory: &isDirectory) else { return false }
        guard !isDirectory.boolValue else { throw .corrupt(path: databasePath) }
        return true
    }

    /// Throws unless `path` is missing, a directory (reported later as damage) or a regular file:
    /// a FIFO or a device there would block the first read forever.
    private static func requireRegularFileOrNothing(_ path: String) throws(StoreError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        let kind = status.st_mode & S_IFMT
        if kind != S_IFREG && kind != S_IFDIR { throw .notARegularFile(path: path) }
    }

    /// Why `directory` could not be created: a file in the way, or an ancestor that cannot be written.
    private static func creationFailure(_ directory: String) -> StoreError {
        var ancestor = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        while ancestor.path != "/" {
            ancestor.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                return isDirectory.boolValue
                    ? .readOnly(path: directory) : .notADirectory(path: ancestor.path)
            }
        }
        return .readOnly(path: directory)
    }
}
