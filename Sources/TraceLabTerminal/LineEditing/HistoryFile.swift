import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the line history lives between sessions: a UTF-8 text file with one entry per line, oldest first.
public struct HistoryFile: Sendable, Equatable {
    /// The file's location.
    public let url: URL
    /// The most entries loaded or saved; older ones are dropped.
    public let capacity: Int

    /// A history file at `url` (a file URL) keeping at most `capacity` entries (values below 1 count as 1).
    public init(url: URL, capacity: Int = 1000) {
        self.url = url
        self.capacity = max(1, capacity)
    }

    /// The saved history, or an empty one when the file does not exist yet.
    ///
    /// Blank lines and consecutive repeats in the file are skipped and only the newest `capacity`
    /// entries are kept; bytes that are not UTF-8 become U+FFFD.
    /// - Throws: `HistoryFileError.unreadable` when the file exists but cannot be read.
    public func load() throws(HistoryFileError) -> HistoryList {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { return HistoryList(capacity: capacity) }
            throw .unreadable(path: url.path, reason: Self.lastErrorDescription())
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: block[..<count])
            } else if count == 0 {
                break
            } else if errno != EINTR {
                throw .unreadable(path: url.path, reason: Self.lastErrorDescription())
            }
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
        return HistoryList(entries: lines.map(String.init), capacity: capacity)
    }

    /// Replaces the file with the newest `capacity` entries of `history`, creating missing folders.
    ///
    /// Line breaks inside an entry are written as spaces so that every entry stays one line. The new
    /// content is written to a temporary file beside the target and renamed over it, so a failed save
    /// leaves the previous file intact. A new file is readable by its owner only.
    /// - Throws: `HistoryFileError.unwritable` when the folder or the file cannot be written.
    public func save(_ history: HistoryList) throws(HistoryFileError) {
        let text = history.entries.suffix(capacity)
            .map { entry in String(entry.map { $0.isNewline ? " " : $0 }) + "\n" }
            .joined()
        let path = url.path
        let temporaryPath = path + ".tmp-\(getpid())"
        do throws(SystemError) {
            try Self.createFolders(for: url.deletingLastPathComponent().path)
            try Self.writeAll(Array(text.utf8), to: temporaryPath)
            guard rename(temporaryPath, path) == 0 else { throw SystemError.lastError() }
        } catch {
            unlink(temporaryPath)
            throw .unwritable(path: path, reason: error.description)
        }
    }

    private static func createFolders(for folder: String) throws(SystemError) {
        var current = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0, errno != EEXIST { throw .lastError() }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to path: String) throws(SystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw .lastError() }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                written += count
            } else if count < 0, errno != EINTR {
                throw .lastError()
            }
        }
    }

    private static func lastErrorDescription() -> String {
        SystemError.lastError().description
    }
}

/// A failed system call, described by the C library's message for its `errno`.
private struct SystemError: Error {
    let description: String

    static func lastError() -> SystemError {
        SystemError(description: String(cString: strerror(errno)))
    }
}

/// Why the history file could not be used.
public enum HistoryFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but reading it failed; `reason` is the system's explanation.
    case unreadable(path: String, reason: String)
    /// Writing the file or creating its folder failed; `reason` is the system's explanation.
    case unwritable(path: String, reason: String)

    /// One line saying what went wrong, that history continues in memory only, and what to check.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read the history file \(path) (\(reason)); history is kept for this session only. "
                + "Check that the path names a readable file."
        case .unwritable(let path, let reason):
            return "cannot save the history file \(path) (\(reason)); history is kept for this session only. "
                + "Check that its folder exists or can be created and is writable."
        }
    }
}
