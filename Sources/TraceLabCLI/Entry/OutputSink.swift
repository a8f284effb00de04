import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Where a command writes text. Commands never call `print`: the shell passes standard output
/// and standard error, tests pass a buffer.
public protocol OutputSink: Sendable {
    /// Writes `text` as is (callers add newlines).
    func write(_ text: String)

    /// Why an earlier write did not reach its destination (a full disk, a closed descriptor),
    /// or nil when everything written so far was written.
    var writeFailure: String? { get }
}

extension OutputSink {
    /// A sink that cannot fail (a buffer) never reports a failure.
    public var writeFailure: String? { nil }

    /// Writes `text` followed by a newline.
    public func line(_ text: String = "") {
        write(text + "\n")
    }
}

/// A file descriptor such as standard output or standard error. Every write is checked: the
/// first one that fails (a full disk, a closed descriptor) is remembered as ``writeFailure``
/// and nothing more is written, so the caller can report the loss instead of success.
public final class FileDescriptorOutput: OutputSink {
    private let descriptor: Int32
    private let failure = Mutex<String?>(nil)

    /// Writes to `handle`. When its descriptor is closed (`tracelab >&-`), that is remembered as
    /// the failure and the descriptor is held on `/dev/null`, so a file opened later (the
    /// database) can never take its number and receive the output.
    public init(_ handle: FileHandle) {
        descriptor = handle.fileDescriptor
        if fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            failure.withLock { $0 = "it is closed" }
            let placeholder = open("/dev/null", O_WRONLY | O_CLOEXEC)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }

    /// Writes all the UTF-8 bytes of `text`, retrying after interruptions and short writes.
    public func write(_ text: String) {
        failure.withLock { failure in
            guard failure == nil else { return }
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                bytes = bytes.dropFirst(written)
            }
        }
    }

    /// Why a write failed, if one did.
    public var writeFailure: String? { failure.withLock { $0 } }
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
