import Foundation
import Testing

/// The `tracelab` executable built next to this test bundle, run as a real process with its
/// standard input read from a file and its outputs written to files (as `tracelab < in > out`).
struct BuiltBinary: Sendable {
    /// The executable.
    let url: URL
    /// The data directory every run uses unless told otherwise.
    let dataFolder: TemporaryFolder

    /// Finds the binary in the products directory (the folder holding the test bundle, or the
    /// bundle's parent on macOS), falling back to the repository's `.build/debug`.
    init() throws {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.appendingPathComponent("tracelab"),
            bundle.deletingLastPathComponent().appendingPathComponent("tracelab"),
            RepositoryPaths.root.appendingPathComponent(".build/debug/tracelab"),
        ]
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        url = try #require(
            found,
            "the tracelab executable is not built; run 'swift build --build-tests' first (looked in \(candidates.map(\.path)))"
        )
        dataFolder = try TemporaryFolder("tracelab-e2e-data")
    }

    /// The environment a run sees: the repository's content, this data directory, no colour hints.
    func environment(learner: String = "ada") -> [String: String] {
        [
            "PATH": "/usr/bin:/bin", "HOME": dataFolder.path, "LANG": "C.UTF-8",
            "TRACELAB_DATA_DIR": dataFolder.path, "TRACELAB_CONTENT_DIR": RepositoryPaths.root.path,
            "TRACELAB_LEARNER": learner,
        ]
    }

    /// A configured process, not yet started, whose input is `input` and whose outputs go to files;
    /// `executable` and `variables` replace the built binary and ``environment(learner:)``.
    func process(
        _ arguments: [String], input: String = "", learner: String = "ada", executable: URL? = nil,
        variables: [String: String]? = nil
    ) throws -> PendingRun {
        let files = try TemporaryFolder("tracelab-e2e-io")
        let stdin = try files.write(input, to: "stdin")
        let stdout = try files.write("", to: "stdout")
        let stderr = try files.write("", to: "stderr")
        let process = Process()
        process.executableURL = executable ?? url
        process.arguments = arguments
        process.environment = variables ?? environment(learner: learner)
        process.currentDirectoryURL = files.url
        process.standardInput = try FileHandle(forReadingFrom: stdin)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        return PendingRun(process: process, files: files)
    }

    /// Runs `tracelab <arguments> < input` to the end.
    func run(_ arguments: [String], input: String = "", learner: String = "ada") throws -> CommandResult {
        let pending = try process(arguments, input: input, learner: learner)
        try pending.process.run()
        return try pending.finish()
    }
}

/// A process set up by ``BuiltBinary/process(_:input:learner:)``.
struct PendingRun {
    let process: Process
    let files: TemporaryFolder

    /// Waits for the process and reads what it wrote.
    func finish() throws -> CommandResult {
        process.waitUntilExit()
        let output = try String(contentsOf: files.url.appendingPathComponent("stdout"), encoding: .utf8)
        let errors = try String(contentsOf: files.url.appendingPathComponent("stderr"), encoding: .utf8)
        #expect(process.terminationReason == .exit, "tracelab was killed by a signal: \(errors)")
        return CommandResult(exitCode: process.terminationStatus, output: output, errors: errors)
    }
}

extension CommandResult {
    /// True when standard error looks like a crash rather than a message.
    var looksLikeACrash: Bool {
        ["Fatal error", "Stack dump", "Current stack trace", "Segmentation fault", "Illegal instruction"]
            .contains { errors.contains($0) }
    }
}
