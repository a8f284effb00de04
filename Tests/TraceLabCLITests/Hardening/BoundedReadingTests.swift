import Foundation
import Testing
import TraceLabCore

/// One student's file cannot stall a class's grading, and no reader takes in more than the
/// documented limits: alias bombs, oversized files and overlong lines are refused with one line.
@Suite struct BoundedReadingTests {
    /// A "billion laughs" answers file: a few hundred bytes, 10⁹ values once expanded.
    static let aliasBomb: String = {
        var lines = ["a0: &a0 [lol]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        lines.append("what-a-trace-is: *a9")
        return lines.joined(separator: "\n") + "\n"
    }()

    static let goodAnswers =
        "what-a-trace-is: A\nwhy-propagation: inherit-context\nbeyond-correlation-ids: A\n"

    @Test func anAliasBombStudentIsListedBrokenAndTheOthersAreGraded() throws {
        let folder = try TemporaryFolder("tracelab-bomb-class")
        try folder.write(Self.goodAnswers, to: "ada.yaml")
        try folder.write(Self.aliasBomb, to: "mallory.yaml")
        try folder.write(Self.goodAnswers, to: "zoe.yaml")
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        #expect(result.exitCode == 65)
        #expect(result.output.contains("ada,"))
        #expect(result.output.contains("zoe,"))
        #expect(!result.output.contains("mallory"))
        let line = try #require(result.errorLines.first { $0.contains("mallory.yaml") })
        #expect(line.contains("more than \(ContentLimits.maximumValues) values"))
    }

    @Test func anOversizedAnswersFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder("tracelab-big-answers")
        let big = try folder.write(
            Self.goodAnswers + String(repeating: "# \(String(repeating: "x", count: 100))\n", count: 12_000),
            to: "big.yaml")
        let result = try TestApp().run([
            "quiz", "knowledge-check", "--answers-file", big.path, "--no-record",
        ])
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("1048576-byte"))
        #expect(result.errors.count < 400)
    }

    @Test func anAliasBombScenarioIsRefusedByRunAndCheck() throws {
        let folder = try TemporaryFolder("tracelab-bomb-scenario")
        let file = try folder.write(
            "id: bomb\ntitle: Bomb\nrequest: {service: a, operation: b}\n" + Self.aliasBomb, to: "bomb.yaml")
        let result = try TestApp().run(["run", file.path])
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("more than \(ContentLimits.maximumValues) values"))
    }

    @Test func aSpecialFileWhereAnAnswersFileShouldBeIsRefused() throws {
        let result = try TestApp().run([
            "quiz", "knowledge-check", "--answers-file", "/dev/zero", "--no-record",
        ])
        #expect(result.exitCode == 65)
        #expect(result.errors.contains("not a regular file"))
    }
}
