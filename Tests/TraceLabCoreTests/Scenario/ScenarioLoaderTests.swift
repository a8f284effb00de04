import Foundation
import Testing
import TraceLabCore

@Suite("Scenario files: every mistake names the file and the line")
struct ScenarioLoaderTests {
    static func fixture(_ name: String) throws -> String {
        let url = CheckoutFixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/scenarios/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(
        "broken fixtures",
        arguments: [
            ("unknown-service.yaml", 10, "service 'billling'"),
            ("bad-duration.yaml", 9, "duration like 40ms"),
            ("cycle.yaml", 13, "break the cycle"),
            ("two-verbs.yaml", 9, "exactly one of"),
            ("bad-yaml.yaml", 2, "not valid YAML"),
            ("unknown-key.yaml", 10, "unknown key 'timout'"),
            ("missing-request.yaml", 1, "needs 'request'"),
        ])
    func brokenFixture(file: String, line: Int, message: String) throws {
        let text = try Self.fixture(file)
        #expect {
            try ScenarioLoader.load(text: text, file: file)
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.file == file && error.line == line && error.message.contains(message)
        }
    }

    @Test("the checkout lists its four boundaries, the async one last")
    func boundaries() throws {
        let scenario = try CheckoutFixture.scenario()
        #expect(
            scenario.boundaries.map(\.name) == [
                "gateway:billing", "gateway:enrollment", "billing:payment-provider",
                "enrollment:notification-worker",
            ])
        #expect(scenario.boundaries.last?.carrier == .message)
    }

    @Test(
        "durations accept ns, us, ms, s and m",
        arguments: [
            ("250ns", UInt64(250)), ("3us", 3_000), ("800ms", 800_000_000), ("1.5s", 1_500_000_000),
            ("2m", 120_000_000_000),
            ("0", 0),
        ])
    func durations(text: String, nanos: UInt64) {
        #expect(DurationText.nanoseconds(text) == nanos)
    }

    @Test("nonsense durations are refused", arguments: ["", "ms", "-5ms", "5 parsecs", "1e30s", "fast"])
    func badDurations(text: String) {
        #expect(DurationText.nanoseconds(text) == nil)
    }

    @Test("a parallel step ends when its slowest branch ends")
    func parallel() throws {
        let text = """
            id: fanout
            title: Fan-out
            request: {service: api, operation: GET /}
            services:
              api:
                GET /:
                  - parallel:
                      - call: a GET /
                      - call: b GET /
              a:
                GET /:
                  - work: 100ms
              b:
                GET /:
                  - work: 300ms
            """
        let scenario = try ScenarioLoader.load(text: text, file: "fanout.yaml")
        let run = try ScenarioEngine(scenario: scenario).run(RunOptions(seed: 1, epochNanos: 0))
        #expect(run.requestSpan?.durationNanos == 300_000_000)
        #expect(LabAnalysis(run: run).dominantService == "b")
    }

    @Test("a failing operation marks its span and its caller's client span as errors")
    func failure() throws {
        let text = """
            id: failing
            title: Failing
            request: {service: api, operation: GET /}
            services:
              api:
                GET /:
                  - call: db SELECT
              db:
                SELECT:
                  - work: 5ms
                  - fail: disk full
            """
        let run = try ScenarioEngine(scenario: ScenarioLoader.load(text: text, file: "failing.yaml"))
            .run(RunOptions(seed: 1, epochNanos: 0))
        #expect(run.spans.first { $0.service == "db" }?.status == .error("disk full"))
        #expect(run.spans.first { $0.kind == .client }?.status.isError == true)
        #expect(run.requestSpan?.status.isError == true)
    }
}
