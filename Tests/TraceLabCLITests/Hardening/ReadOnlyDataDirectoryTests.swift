import Foundation
import Testing

/// Commands that only read work on a data directory the user may not write. Permission bits do
/// not stop root, so when the tests run as root the binary is run as `nobody` through `setpriv`.
@Suite struct ReadOnlyDataDirectoryTests {
    static let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")

    /// Runs the built `tracelab` as user and group 65534 (`nobody`).
    func runAsNobody(_ arguments: [String], binary: BuiltBinary) throws -> CommandResult {
        let pending = try binary.process(arguments)
        pending.process.executableURL = Self.setpriv
        pending.process.arguments =
            ["--reuid=65534", "--regid=65534", "--clear-groups", binary.url.path] + arguments
        try pending.process.run()
        return try pending.finish()
    }

    @Test(
        .enabled(
            if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv.path),
            "needs root and setpriv to run tracelab as a user the permission bits apply to"))
    func readingCommandsWorkAndWritesAreRefusedInAReadOnlyDataDirectory() throws {
        let binary = try BuiltBinary()
        #expect(try binary.run(["quiz", "knowledge-check", "--answers", "A,A,A"]).exitCode == 0)
        let database = binary.dataFolder.path + "/tracelab.sqlite"
        let files = FileManager.default
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try files.setAttributes([.posixPermissions: 0o555], ofItemAtPath: binary.dataFolder.path)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.dataFolder.path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        let scores = try runAsNobody(["scores", "--format", "csv"], binary: binary)
        #expect(scores.exitCode == 0, "\(scores.errors)")
        #expect(scores.output.contains("knowledge-check"))
        for reading in [["review", "knowledge-check"], ["steps"], ["lesson"]] {
            let result = try runAsNobody(reading, binary: binary)
            #expect(result.exitCode == 0, "\(reading): \(result.errors)")
        }
        let next = try runAsNobody(["next"], binary: binary)
        #expect(next.exitCode == 74)
        #expect(next.errorLines.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
