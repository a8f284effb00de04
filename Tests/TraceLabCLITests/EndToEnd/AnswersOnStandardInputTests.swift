import Testing

/// `quiz --answers -` reads the answers from standard input: one per line, a comma list, or a
/// YAML/JSON answers file.
@Suite struct AnswersOnStandardInputTests {
    @Test(arguments: [
        ("A\nA\nA\n", 0, 3.0), ("A,A,A", 0, 3.0), ("B\nB\nB\n", 1, 0.0),
        ("what-a-trace-is: A\nwhy-propagation: B\nbeyond-correlation-ids: A\n", 0, 2.0),
        (#"{"what-a-trace-is": "A", "why-propagation": "A", "beyond-correlation-ids": "C"}"#, 0, 2.0),
    ])
    func answersAreReadFromStandardInput(input: String, exitCode: Int32, score: Double) throws {
        let binary = try BuiltBinary()
        let result = try binary.run(
            ["quiz", "knowledge-check", "--answers", "-", "--format", "json"], input: input)
        #expect(result.exitCode == exitCode)
        let report = try TestApp.decodeJSON(QuizReportMirror.self, from: result)
        #expect(report.score == score)
        #expect(report.maxScore == 3)
        #expect(!result.looksLikeACrash)
    }

    @Test func unusableInputIsOneLine() throws {
        let result = try BuiltBinary().run(["quiz", "knowledge-check", "--answers", "-"], input: "A\nQ\n")
        #expect(result.exitCode == 65)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("there is no choice Q"))
    }
}
