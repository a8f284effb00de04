import Foundation
import Testing

/// A report that could not be written is never reported as success: standard output on a full
/// disk (`/dev/full`) or closed gives one line on standard error and exit 74.
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
