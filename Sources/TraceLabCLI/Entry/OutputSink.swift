import Foundation
import Synchronization

/// Where a command writes text. Commands never call `print`: the shell passes standard output
/// and standard error, tests pass a buffer.
public protocol OutputSink: Sendable {
    /// Writes `text` as is (callers add newlines).
    func write(_ text: String)
}

extension OutputSink {
    /// Writes `text` followed by a newline.
    public func line(_ text: String = "") {
        write(text + "\n")
    }
}

/// A file descriptor such as standard output or standard error.
public struct FileDescriptorOutput: OutputSink {
    private let handle: FileHandle

    /// Writes to `handle`.
    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// Writes the UTF-8 bytes of `text`; a closed pipe is ignored rather than crashing.
    public func write(_ text: String) {
        try? handle.write(contentsOf: Data(text.utf8))
    }
}

/// Collects everything written, for tests and for capturing a command's output.
public final class BufferedOutput: OutputSink {
    private let buffer = Mutex("")

    /// Creates an empty buffer.
    public init() {}

    /// Appends `text`.
    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    /// Everything written so far.
    public var text: String { buffer.withLock { $0 } }
}
