import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One `tracelab serve` process started by the live lab. Its standard input is a pipe only the
/// parent can write: the parent sends one line (the other services' ports) and keeps it open;
/// closing it, or the parent dying in any way (`kill -9` included), gives the child end of
/// file, and the child ships its spans and exits. Standard output carries its `listening PORT`
/// line; standard error is kept for error messages.
final class ChildProcess: @unchecked Sendable {
    private struct State {
        var port: Int?
        var exitStatus: Int32?
        var portWaiters: [CheckedContinuation<Int?, Never>] = []
        var exitWaiters: [CheckedContinuation<Int32, Never>] = []
        var errorText = ""
    }

    /// The service the process serves.
    let service: String
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let state = Mutex(State())

    /// Starts `executable` with `arguments`; throws when it cannot be started at all.
    init(service: String, executable: String, arguments: [String], environment: [String: String])
        throws(LiveError)
    {
        self.service = service
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        for pipe in [input, output, errors] {
            // No other child may inherit these ends, or a sibling would keep a pipe open.
            _ = fcntl(pipe.fileHandleForReading.fileDescriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipe.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        process.terminationHandler = { [self] finished in
            let status = finished.terminationStatus
            let (ports, exits) = state.withLock { state in
                state.exitStatus = status
                defer {
                    state.portWaiters = []
                    state.exitWaiters = []
                }
                return (state.portWaiters, state.exitWaiters)
            }
            for waiter in ports { waiter.resume(returning: nil) }
            for waiter in exits { waiter.resume(returning: status) }
        }
        do {
            try SpawnSignalMask.unblocked { try process.run() }
        } catch {
            throw LiveError(
                "cannot start the \(service) process (\(executable)): \(error.localizedDescription)")
        }
        readLines(output.fileHandleForReading) { [self] line in
            guard line.hasPrefix("listening "), let port = Int(line.dropFirst("listening ".count)) else {
                return
            }
            let waiters = state.withLock { state in
                state.port = port
                defer { state.portWaiters = [] }
                return state.portWaiters
            }
            for waiter in waiters { waiter.resume(returning: port) }
        }
        readLines(errors.fileHandleForReading) { [self] line in
            state.withLock { state in
                state.errorText = String((state.errorText + line + "\n").suffix(2000))
            }
        }
    }

    /// The process id.
    var processID: Int32 { process.processIdentifier }

    /// The port the child listens on, or nil when it exited first.
    func port() async -> Int? {
        await withCheckedContinuation { continuation in
            let ready: Int?? = state.withLock { state in
                if let port = state.port { return .some(port) }
                if state.exitStatus != nil { return .some(nil) }
                state.portWaiters.append(continuation)
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Sends one line to the child's standard input.
    func send(_ line: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Closes the child's standard input: the signal to ship its spans and exit.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// The exit status, once the child has exited.
    var exitStatus: Int32? { state.withLock { $0.exitStatus } }

    /// The last line the child wrote to standard error, if any.
    var lastError: String? {
        state.withLock { $0.errorText }.split(whereSeparator: \.isNewline).last.map(String.init)
    }

    /// Waits for the child to exit.
    func exited() async -> Int32 {
        await withCheckedContinuation { continuation in
            let status: Int32? = state.withLock { state in
                if let status = state.exitStatus { return status }
                state.exitWaiters.append(continuation)
                return nil
            }
            if let status { continuation.resume(returning: status) }
        }
    }

    /// Ends the child at once.
    func kill() {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
    }

    /// Reads `handle` line by line on a thread of its own until end of file.
    private func readLines(_ handle: FileHandle, _ onLine: @escaping @Sendable (String) -> Void) {
        let thread = Thread {
            var pending = Data()
            while case let chunk = handle.availableData, !chunk.isEmpty {
                pending.append(chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    onLine(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                    pending.removeSubrange(pending.startIndex...newline)
                }
            }
            if !pending.isEmpty { onLine(String(decoding: pending, as: UTF8.self)) }
        }
        thread.start()
    }
}
