import Testing

/// `quiz --answers-file`: YAML or JSON mapping question ids to letters or choice ids.
@Suite struct AnswersFileTests {
    @Test(arguments: [("all-right.yaml", 3.0), ("all-right.json", 3.0), ("two-right.yaml", 2.0)])
    func fileIsGraded(file: String, score: Double) throws {
        let app = try TestApp()
        let result = app.run([
            "quiz", "knowledge-check", "--answers-file", RepositoryPaths.fixture("answers/\(file)").path,
            "--format", "json",
        ])
        #expect(result.exitCode == 0)
        let report = try app.decode(QuizReportMirror.self, from: result)
        #expect(report.score == score)
        #expect(report.maxScore == 3)
    }

    @Test(arguments: [
        ("unknown-question.yaml", "unknown-question.yaml:4: unknown question id 'what-a-span-is'"),
        ("missing-answer.yaml", "missing answers for why-propagation"),
        ("no-such-choice.yaml", "no-such-choice.yaml:2: question 'why-propagation': there is no choice D"),
        ("malformed.yaml", "malformed.yaml:1: cannot be read as YAML or JSON"),
    ])
    func brokenFileIsOneLineNamingTheLine(file: String, message: String) throws {
        let path = RepositoryPaths.fixture("answers/class/\(file)").path
        let result = try TestApp().run(["quiz", "knowledge-check", "--answers-file", path])
        #expect(result.exitCode == 65)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains(message))
    }

    @Test func aMissingFileIsAnInputError() throws {
        let result = try TestApp().run([
            "quiz", "knowledge-check", "--answers-file", "/nonexistent/answers.yaml",
        ])
        #expect(result.exitCode == 64)
        #expect(result.errorLines == ["tracelab: no answers file at /nonexistent/answers.yaml"])
    }
}
