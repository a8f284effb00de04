import Foundation
import Testing
import TraceLabCore
import TraceLabExercise

/// `exercise propagation` run in-process against TraceLab's own endpoint: the report formats, the
/// exit codes, and the attempt filed in the store.
@Suite("exercise propagation", .timeLimit(.minutes(2)))
struct ExercisePropagationCommandTests {
    /// Runs the app on a thread of its own: the command blocks its thread while its HTTP work runs on
    /// the concurrency pool, so it must not block one of the pool's threads.
    static func run(_ app: TestApp, _ arguments: [String]) async -> CommandResult {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: app.run(arguments)) }.start()
        }
    }

    @Test("JUnit is well-formed, with one test case per rule and no failures for the endpoint")
    func junitAgainstEndpoint() async throws {
        let server = try await PropagationExerciseEndpoint(ids: SeededIDSource(seed: 3)).start()
        let app = try TestApp()
        let result = await Self.run(app, ["exercise", "propagation", server.url + "/", "--format", "junit"])
        await server.stop()

        #expect(result.exitCode == 0, "\(result.errors)")
        let document = try JUnitReportTests().parse(result.output)
        let cases = document.elements.filter { $0.name == "testcase" }
        #expect(cases.map { $0.attributes["name"] } == PropagationRule.checked(atLevel: 1).map(\.rawValue))
        #expect(!document.elements.contains { $0.name == "failure" || $0.name == "error" })
        let suite = try #require(document.elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["tests"] == "10" && suite.attributes["failures"] == "0")
    }

    @Test("the attempt is filed for the learner and listed by scores")
    func recorded() async throws {
        let server = try await PropagationExerciseEndpoint(ids: SeededIDSource(seed: 4)).start()
        let app = try TestApp()
        let text = await Self.run(
            app, ["exercise", "propagation", server.url + "/", "--level", "2", "--learner", "grace"])
        await server.stop()

        #expect(text.exitCode == 0)
        #expect(text.output.contains("11/11 rules passed"))
        let scores = app.run(["scores", "--format", "csv", "--quiz", PropagationExercise.id])
        #expect(scores.output.contains("grace"))
        #expect(scores.output.contains(PropagationExercise.id))
        #expect(scores.output.contains("Propagation exercise, level 2"))
    }

    @Test("nothing listening: exit 1 with one line, a report of contract errors, and nothing filed")
    func unreachable() async throws {
        let closed = try await PropagationExerciseEndpoint().start()
        await closed.stop()
        let app = try TestApp()
        let result = await Self.run(app, ["exercise", "propagation", closed.url + "/", "--format", "json"])

        #expect(result.exitCode == 1)
        #expect(
            result.errorLines == [
                "tracelab: no service answered at \(closed.url)/; start it first (nothing was recorded)"
            ])
        let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let rules = try #require(report?["rules"] as? [[String: Any]])
        #expect(rules.allSatisfy { $0["verdict"] as? String == "error" })
        #expect(app.run(["scores", "--format", "csv"]).output.split(separator: "\n").count == 1)
    }

    @Test(
        "bad arguments are usage errors",
        arguments: [
            (["exercise", "propagation", "ftp://example.org/"], "is not an http URL"),
            (["exercise", "propagation", "http://127.0.0.1:1/", "--level", "3"], "--level 3 is not a level"),
            (["exercise", "propagation", "not a url"], "is not an http URL"),
        ])
    func usage(arguments: [String], message: String) throws {
        let result = try TestApp().run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains(message))
    }
}
