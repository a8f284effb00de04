import Foundation
import Testing

/// A data directory whose database is not a TraceLab database: every command that needs it
/// says so in one line (exit 74) and leaves the file byte for byte as it was.
@Suite struct CorruptDatabaseTests {
    static let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 197 &+ 11) })

    @Test(arguments: [
        ["scores"], ["scores", "--format", "json"], ["quiz", "knowledge-check", "--answers", "A,A,A"],
        ["review"], ["next"], ["steps"],
    ])
    func commandFailsWithOneLineAndTheFileIsUntouched(arguments: [String]) throws {
        let app = try TestApp()
        let database = app.dataDirectory.appendingPathComponent("tracelab.sqlite")
        try Self.garbage.write(to: database)
        let result = app.run(arguments)
        #expect(result.exitCode == 74)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("is not a TraceLab database or is damaged"))
        #expect(result.errors.contains("move it aside"))
        #expect(try Data(contentsOf: database) == Self.garbage)
    }

    @Test func theLabStillRunsButSaysNothingIsSaved() throws {
        let app = try TestApp()
        let database = app.dataDirectory.appendingPathComponent("tracelab.sqlite")
        try Self.garbage.write(to: database)
        let result = app.run(["run", "checkout"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("billing dominates"))
        #expect(result.errors.contains("not saved"))
        #expect(try Data(contentsOf: database) == Self.garbage)
    }
}
