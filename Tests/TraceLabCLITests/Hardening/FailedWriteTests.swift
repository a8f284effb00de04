import Foundation
import Testing

/// A report that could not be written is never reported as success: standard output on a full
/// disk (`/dev/full`) or closed gives one line on standard error and exit 74; a pipe whose reader
/// left ends the process by `SIGPIPE`, as Unix tools do.
@Suite struct FailedWriteTests {
    /// How standard output is broken.
    enum Sink: String, CaseIterable {
        case fullDisk = ">/dev/full"
        case closed = ">&-"
    }

    /// Runs the built `tracelab` through `sh`, with its standard output redirected by `sink`.
    func run(_ arguments: [String], sink: Sink, binary: BuiltBinary) throws -> CommandResult {
        let files = try TemporaryFolder("tracelab-failed-write")
        let stderr = try files.write("", to: "stderr")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" \(sink.rawValue)", binary.url.path] + arguments
        process.environment = binary.environment()
        process.currentDirectoryURL = files.url
        process.standardInput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        let errors = try String(contentsOf: stderr, encoding: .utf8)
        return CommandResult(exitCode: process.terminationStatus, output: "", errors: errors)
    }

    static let commands: [[String]] = [
        ["run", "checkout"],
        ["scores", "--format", "csv"],
        ["grade", RepositoryPaths.fixture("answers/class").path, "--quiz", "knowledge-check"],
        ["traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"],
    ]

    @Test(arguments: Sink.allCases, 0..<commands.count)
    func aFailedWriteIsOneLineAndExit74(sink: Sink, command: Int) throws {
        let binary = try BuiltBinary()
        let result = try run(Self.commands[command], sink: sink, binary: binary)
        #expect(result.exitCode == 74)
        let line = try #require(result.errorLines.last)
        #expect(line.hasPrefix("tracelab: cannot write to standard output"))
        #expect(!result.looksLikeACrash)
    }

    @Test("a pipe whose reader left ends the run by SIGPIPE, and what the run saved is still there")
    func aPipeWhoseReaderLeftEndsBySIGPIPE() throws {
        let binary = try BuiltBinary()
        let pipe = Pipe()
        let process = Process()
        process.executableURL = binary.url
        // Far more than a pipe holds, so the run is still writing when the reader has gone.
        process.arguments = ["run", "checkout", "--requests", "300", "--rate", "100", "--format", "json"]
        process.environment = binary.environment()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        try pipe.fileHandleForWriting.close()
        let first = try pipe.fileHandleForReading.read(upToCount: 1)
        #expect(first == Data("{".utf8))
        try pipe.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        let metrics = try binary.run(["metrics"])
        #expect(metrics.exitCode == 0)
        #expect(metrics.output.contains("count 300"))
    }

    @Test(arguments: Sink.allCases)
    func anAutoGradedAttemptWhoseReportWasLostSaysSo(sink: Sink) throws {
        let binary = try BuiltBinary()
        let result = try run(
            ["quiz", "knowledge-check", "--answers", "A,A,A", "--format", "junit"], sink: sink, binary: binary
        )
        #expect(result.exitCode == 74)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("was recorded"))
        #expect(result.errors.contains("could not be written"))
    }
}
