import Foundation
import Synchronization
import Testing

/// A server started as a real process that announces its address on standard output
/// ("listening on http://…/" or "… listens on http://…/"), stopped with SIGTERM by ``stop()``.
final class ListeningProcess {
    let process: Process
    /// The URL it announced.
    let url: String

    /// Runs `command` with `/bin/sh -c` in `directory`, with this test's environment plus `extra`,
    /// and waits up to `seconds` for the announcement.
    init(
        shell command: String, in directory: URL, environment extra: [String: String] = [:], seconds: Int = 60
    )
        throws
    {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec " + command]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let text = Transcript()
        let announced = DispatchSemaphore(value: 0)
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            let complete = text.value.withLock { text in
                let before = text.contains("\n")
                text += String(decoding: data, as: UTF8.self)
                return !before && (text.contains("\n") || data.isEmpty)
            }
            if data.isEmpty { handle.readabilityHandler = nil }
            if complete { announced.signal() }
        }
        try process.run()
        let inTime = announced.wait(timeout: .now() + .seconds(seconds)) == .success
        let firstLine = text.value.withLock { $0.split(separator: "\n").first.map(String.init) ?? "" }
        guard inTime, let range = firstLine.range(of: "http://") else {
            _ = Self.end(process)
            throw AnnouncementMissing(command: command, output: firstLine)
        }
        url = String(firstLine[range.lowerBound...].prefix { !$0.isWhitespace })
    }

    /// Sends SIGTERM and waits up to `grace` seconds for the process to end, then SIGKILL; its
    /// exit status. A child spawned from a dispatch worker thread inherits that thread's blocked
    /// signals, so a server that does not unblock SIGTERM (Python's does not) only ends on SIGKILL.
    @discardableResult
    func stop(grace: Double = 5) -> Int32 {
        Self.end(process, grace: grace)
    }

    private static func end(_ process: Process, grace: Double = 5) -> Int32 {
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { stop() }
    }

    /// What the process has written so far.
    final class Transcript: Sendable {
        let value = Mutex("")
    }

    struct AnnouncementMissing: Error, CustomStringConvertible {
        let command: String
        let output: String
        var description: String { "'\(command)' announced no URL (first line: '\(output)')" }
    }
}
