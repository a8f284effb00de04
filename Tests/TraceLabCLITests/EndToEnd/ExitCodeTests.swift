import Foundation
import Testing

/// The exit codes a script relies on, from the real process, and never a crash report.
@Suite struct ExitCodeTests {
    static let invalidHeader = "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

    @Test(arguments: [
        (["--help"], "", 0), (["check"], "", 0), (["run", "checkout", "--format", "otlp"], "", 0),
        (["quiz", "knowledge-check", "--answers", "A,A,A"], "", 0),
        (["quiz", "knowledge-check", "--answers", "B,B,B"], "", 1), (["run", "nope"], "", 64),
        (["frobnicate"], "", 64), (["run", "--format", "xml"], "", 64),
        (["traceparent", invalidHeader], "", 65),
        (["quiz", "knowledge-check", "--answers", "Z,Z,Z"], "", 65),
        (["quiz", "knowledge-check"], "A\n", 130),
    ])
    func exitCode(arguments: [String], input: String, expected: Int32) throws {
        let result = try BuiltBinary().run(arguments, input: input)
        #expect(result.exitCode == expected, "stderr: \(result.errors)")
        #expect(!result.looksLikeACrash)
        if expected >= 64 && expected != 130 {
            #expect(result.errorLines.count == 1)
        }
    }

    @Test func damagedDatabaseIsSeventyFourAndUntouched() throws {
        let binary = try BuiltBinary()
        let database = binary.dataFolder.url.appendingPathComponent("tracelab.sqlite")
        let garbage = Data("this is not SQLite at all\n".utf8) + Data(repeating: 0xA5, count: 4000)
        try garbage.write(to: database)
        let result = try binary.run(["scores"])
        #expect(result.exitCode == 74)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("is not a TraceLab database or is damaged"))
        #expect(try Data(contentsOf: database) == garbage)
    }

    @Test func brokenContentFailsTheCheck() throws {
        let content = try ContentCopy()
        try content.add(fixture: "scenarios/cycle.yaml")
        let binary = try BuiltBinary()
        let process = try binary.process(["check"])
        process.process.environment?["TRACELAB_CONTENT_DIR"] = content.root.path
        try process.process.run()
        let result = try process.finish()
        #expect(result.exitCode == 1)
        #expect(result.output.contains("lessons/cycle.yaml:13: "))
    }
}
