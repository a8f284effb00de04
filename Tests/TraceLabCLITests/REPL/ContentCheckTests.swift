import Foundation
import Testing

/// `check` passes on the shipped content and names the file and line of every problem in
/// broken content.
@Suite struct ContentCheckTests {
    struct Broken: Sendable, CustomTestStringConvertible {
        let fixture: String
        let line: Int
        /// Text on that line of the fixture, so the expected line is tied to the file.
        let lineText: String
        let message: String

        var testDescription: String { fixture }
    }

    static let broken: [Broken] = [
        Broken(
            fixture: "lessons/commands-outside-step.md", line: 11, lineText: "```tracelab",
            message: "belongs inside a step"),
        Broken(
            fixture: "lessons/duplicate-step-id.md", line: 18, lineText: "{#first-look}",
            message: "already used on line 9"),
        Broken(
            fixture: "lessons/unclosed-fence.md", line: 13, lineText: "```tracelab", message: "never closed"),
        Broken(
            fixture: "lessons/unknown-boundary.md", line: 14, lineText: "gateway:payments",
            message: "names boundary 'gateway:payments'"),
        Broken(
            fixture: "lessons/unknown-quiz.md", line: 5, lineText: "final-exam",
            message: "unknown quiz 'final-exam'"),
        Broken(
            fixture: "lessons/invalid-minutes.md", line: 4, lineText: "minutes: thirty",
            message: "whole number"),
        Broken(
            fixture: "quizzes/duplicate-question-id.yaml", line: 11, lineText: "id: same",
            message: "used twice (first on line 5)"),
        Broken(
            fixture: "quizzes/invalid-yaml.yaml", line: 6, lineText: "[unclosed", message: "not valid YAML"),
        Broken(
            fixture: "quizzes/key-names-no-choice.yaml", line: 14, lineText: "key: third",
            message: "names no choice"),
        Broken(
            fixture: "quizzes/unknown-objective.yaml", line: 7, lineText: "tracing-basics",
            message: "unknown objective"),
        Broken(fixture: "scenarios/bad-duration.yaml", line: 9, lineText: "work: 40", message: "duration"),
        Broken(fixture: "scenarios/cycle.yaml", line: 13, lineText: "call: a GET /", message: "cycle"),
        Broken(
            fixture: "scenarios/two-verbs.yaml", line: 9, lineText: "work: 10ms", message: "work and fail"),
        Broken(fixture: "scenarios/unknown-key.yaml", line: 10, lineText: "timout", message: "'timout'"),
        Broken(
            fixture: "scenarios/unknown-service.yaml", line: 10, lineText: "billling",
            message: "service 'billling'"),
        Broken(fixture: "scenarios/bad-yaml.yaml", line: 2, lineText: "unterminated", message: "YAML"),
    ]

    @Test func shippedContentPasses() throws {
        let result = try TestApp().run(["check"])
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("2 scenario(s), 1 lesson(s), 2 quiz(zes): no problems"))
    }

    @Test(arguments: broken)
    func brokenFileIsNamedWithItsLine(case broken: Broken) throws {
        let fixtureLines = try String(contentsOf: RepositoryPaths.fixture(broken.fixture), encoding: .utf8)
            .components(separatedBy: "\n")
        try #require(fixtureLines[broken.line - 1].contains(broken.lineText))
        let content = try ContentCopy()
        let shown = try content.add(fixture: broken.fixture)
        var app = try TestApp()
        app.contentRoot = content.root
        let result = app.run(["check"])
        #expect(result.exitCode == 1)
        let problems = result.output.split(separator: "\n").filter { $0.hasPrefix("\(shown):") }
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.hasPrefix("\(shown):\(broken.line): "))
        #expect(problem.contains(broken.message))
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("1 problem(s); fix them and run 'tracelab check' again"))
    }

    @Test func everyProblemOfAFileIsListed() throws {
        let content = try ContentCopy()
        try content.add(fixture: "lessons/several-problems.md")
        var app = try TestApp()
        app.contentRoot = content.root
        let result = app.run(["check"])
        #expect(result.exitCode == 1)
        let lines = result.output.split(separator: "\n").compactMap { line -> Int? in
            let parts = line.split(separator: ":")
            guard parts.first == "lessons/several-problems.md", parts.count > 1 else { return nil }
            return Int(parts[1])
        }
        #expect(lines == [4, 5, 6, 14, 15, 18, 22, 24, 28])
        #expect(result.errors.contains("9 problem(s)"))
    }
}
