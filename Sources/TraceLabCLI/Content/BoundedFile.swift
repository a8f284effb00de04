import Foundation
import TraceLabCore

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a file the way every reader of content and answers must: without blocking on a FIFO
/// or a device, only when it is a regular file, and never more than
/// ``ContentLimits/maximumFileBytes``, so an oversized file is refused before it is read.
enum BoundedFile {
    /// The text of the file at `path`, or a one-line error naming it (`what` says what it is for).
    /// With `followingLinks` false, a symbolic link is refused rather than followed.
    static func text(at path: String, what: String, followingLinks: Bool = true) throws(CLIError) -> String {
        let shown = TextSafety.errorLine(path)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { throw openFailure(errno, what: what, shown: shown) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw CLIError.io("cannot read \(what) \(shown): \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw CLIError.data("\(what) \(shown) is not a regular file; give the path of a text file")
        }
        let limit = ContentLimits.maximumFileBytes
        if Int(status.st_size) > limit {
            throw CLIError.data(
                "\(what) \(shown) \(ContentLimits.tooLargeMessage(bytes: Int(status.st_size)))")
        }
        let bytes = try readAll(descriptor, limit: limit, what: what, shown: shown)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError.data("\(what) \(shown) is not UTF-8 text")
        }
        return text
    }

    /// Standard input up to the limit, for `--answers -`.
    static func standardInput(what: String) throws(CLIError) -> String {
        let bytes = try readAll(STDIN_FILENO, limit: ContentLimits.maximumFileBytes, what: what, shown: "")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads until the end, failing as soon as more than `limit` bytes arrive (the file may
    /// have grown since it was measured, or be a pipe).
    private static func readAll(_ descriptor: Int32, limit: Int, what: String, shown: String) throws(CLIError)
        -> [UInt8]
    {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&poller, 1, -1)
                    continue
                }
                throw CLIError.io("cannot read \(what) \(shown): \(String(cString: strerror(errno)))")
            }
            bytes += chunk[0..<count]
            if bytes.count > limit {
                let name = shown.isEmpty ? what : "\(what) \(shown)"
                throw CLIError.data("\(name) \(ContentLimits.tooLargeMessage(bytes: bytes.count))")
            }
        }
    }

    private static func openFailure(_ code: Int32, what: String, shown: String) -> CLIError {
        switch code {
        case ENOENT, ENOTDIR:
            return .usage("no \(what) at \(shown)")
        case ELOOP:
            return .data("\(shown) is a symbolic link; only regular files are read")
        case EISDIR:
            return .usage("\(shown) is a folder, not a \(what)")
        case EACCES, EPERM:
            return .io("cannot read \(what) \(shown): check its permissions")
        default:
            return .io("cannot read \(what) \(shown): \(String(cString: strerror(code)))")
        }
    }
}
