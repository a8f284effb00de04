import Foundation
import Testing
import TraceLabCore

/// The exercise as a learner and an instructor meet it: a starter written by `tracelab exercise
/// starter`, started with the command in its README, graded by the built `tracelab`; and
/// `tracelab exercise endpoint` graded the same way.
@Suite("propagation exercise end to end", .serialized, .timeLimit(.minutes(3)))
struct PropagationExerciseEndToEndTests {
    /// The first command of the README's "Run it" section.
    static func runCommand(in readme: String) throws -> String {
        let section = try #require(readme.range(of: "## Run it"))
        let rest = readme[section.upperBound...]
        let fence = try #require(rest.range(of: "```sh\n"))
        return String(rest[fence.upperBound...].prefix { $0 != "\n" })
    }

    /// True when `tool` is on this test's PATH.
    static func installed(_ tool: String) -> Bool {
        ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// Writes the starter, starts it as its README says (on a free port), and grades it.
    func gradeStarter(_ language: StarterLanguage) throws {
        let binary = try BuiltBinary()
        let folder = try TemporaryFolder("tracelab-starter-e2e")
        let written = try binary.run([
            "exercise", "starter", "--lang", language.rawValue, folder.path + "/starter",
        ])
        #expect(written.exitCode == 0, "\(written.errors)")
        let directory = folder.url.appendingPathComponent("starter")
        let readme = try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)
        let service = try ListeningProcess(
            shell: try Self.runCommand(in: readme), in: directory, environment: ["PORT": "0"])
        defer { service.stop() }

        let graded = try binary.run(["exercise", "propagation", service.url, "--format", "json"])
        #expect(graded.exitCode == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(graded.output.utf8)) as? [String: Any])
        let rules = try #require(report["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == PropagationRule.checked(atLevel: 1).map(\.rawValue))
        #expect(
            rules.allSatisfy { $0["verdict"] as? String == "failed" }, "\(rules.map { $0["message"] ?? "" })")
        #expect(
            rules.allSatisfy {
                ($0["message"] as? String)?.hasPrefix("call 1 carried no traceparent") == true
            })
    }

    @Test("the python starter starts from its README and fails on the propagation rules only")
    func pythonStarter() throws {
        try #require(Self.installed("python3"), "python3 is needed to check the python starter")
        try gradeStarter(.python)
    }

    @Test(
        "the node starter starts from its README and fails on the propagation rules only",
        .enabled(if: PropagationExerciseEndToEndTests.installed("node"), "node is not installed"))
    func nodeStarter() throws {
        try gradeStarter(.node)
    }

    @Test(
        "TraceLab's own endpoint passes the exercise and stops cleanly on SIGTERM",
        arguments: ["exercise endpoint --port 0", "serve --exercise-endpoint --port 0"])
    func endpoint(command: String) throws {
        let binary = try BuiltBinary()
        let folder = try TemporaryFolder("tracelab-endpoint-e2e")
        let endpoint = try ListeningProcess(
            shell: "'\(binary.url.path)' \(command)", in: folder.url,
            environment: binary.environment())
        let graded = try binary.run(["exercise", "propagation", endpoint.url, "--level", "2"])
        #expect(graded.exitCode == 0, "\(graded.output)\(graded.errors)")
        #expect(graded.output.contains("11/11 rules passed"))
        #expect(endpoint.stop() == 0)
    }
}
