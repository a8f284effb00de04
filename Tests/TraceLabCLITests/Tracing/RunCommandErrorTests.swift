import Testing

/// Every wrong `run`: a non-zero exit, one line on standard error that says what is wrong and
/// what to do, nothing on standard output, and never a crash report.
@Suite struct RunCommandErrorTests {
    struct BadRun: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let exitCode: Int32
        let mentions: [String]

        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let scenarios = RepositoryPaths.fixtures.appendingPathComponent("scenarios").path

    static let badRuns: [BadRun] = [
        BadRun(arguments: ["run", "nope"], exitCode: 64, mentions: ["unknown scenario 'nope'", "checkout"]),
        BadRun(
            arguments: ["run", "--off", "gateway:nowhere"], exitCode: 64,
            mentions: ["'gateway:nowhere' is not a boundary", "gateway:billing"]),
        BadRun(arguments: ["run", "--format", "xml"], exitCode: 64, mentions: ["'xml'", "otlp"]),
        BadRun(arguments: ["run", "--propagation", "maybe"], exitCode: 64, mentions: ["'maybe'"]),
        BadRun(
            arguments: ["run", "\(scenarios)/cycle.yaml"], exitCode: 65,
            mentions: ["cycle.yaml:", "fix the scenario file"]),
        BadRun(
            arguments: ["run", "\(scenarios)/bad-yaml.yaml"], exitCode: 65,
            mentions: ["bad-yaml.yaml:2", "YAML"]),
        BadRun(
            arguments: ["run", "\(scenarios)/unknown-service.yaml"], exitCode: 65,
            mentions: ["unknown-service.yaml:"]),
        BadRun(
            arguments: ["run", "\(scenarios)/missing-request.yaml"], exitCode: 65,
            mentions: ["missing-request.yaml"]),
        BadRun(arguments: ["run", "\(scenarios)/absent.yaml"], exitCode: 64, mentions: ["no scenario file"]),
    ]

    @Test(arguments: badRuns)
    func failsWithOneLine(bad: BadRun) throws {
        let result = try TestApp().run(bad.arguments)
        #expect(result.exitCode == bad.exitCode)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        let line = try #require(result.errorLines.first)
        #expect(line.hasPrefix("tracelab: "))
        for word in bad.mentions {
            #expect(line.contains(word))
        }
        #expect(!line.contains("Fatal") && !line.contains("Stack"))
    }
}
