import Testing
import TraceLabCore

@Suite("Deep call chains run in linear time within documented limits")
struct DeepChainTests {
    @Test("a 10,000-deep chain of calls runs without growing the stack")
    func tenThousandDeep() throws {
        let scenario = try EngineFixture.load(EngineFixture.chainYAML(depth: 10_000), file: "chain.yaml")
        let run = try EngineFixture.run(scenario)
        #expect(run.spans.count == 19_999)
        let analysis = LabAnalysis(run: run)
        #expect(analysis.traceCount == 1)
        #expect(analysis.criticalTimeByService.reduce(0) { $0 + $1.nanos } == 10_000_000_000)
    }

    @Test("a chain deeper than the limit is refused at the line of the call beyond it")
    func beyondDepthLimit() throws {
        let depth = ScenarioLimits.maxCallDepth + 2
        let error = #expect(throws: ContentError.self) {
            try EngineFixture.load(EngineFixture.chainYAML(depth: depth), file: "chain.yaml")
        }
        #expect(error?.message.contains("\(ScenarioLimits.maxCallDepth) nested calls") == true)
        // The call from s10000 to s10001 is the one too deep: service i's call is on line 10 + 4i.
        #expect(error?.line == 10 + 4 * ScenarioLimits.maxCallDepth)
    }

    @Test("a scenario whose one request could create too many spans is refused at 'request'")
    func beyondSpanLimit() throws {
        var yaml = "id: fan\ntitle: Fan-out\nrequest:\n  service: s0\n  operation: op\nservices:\n"
        for index in 0..<7 {
            yaml += "  s\(index):\n    op:\n"
            yaml +=
                index < 6 ? "      - call: s\(index + 1) op\n        retries: 10\n" : "      - work: 1ms\n"
        }
        let error = #expect(throws: ContentError.self) { try EngineFixture.load(yaml, file: "fan.yaml") }
        #expect(error?.line == 4)
        #expect(error?.message.contains("at most \(ScenarioLimits.maxSpansPerRun)") == true)
    }

    @Test("too many requests for the span budget are refused before running")
    func requestsBeyondSpanBudget() throws {
        let scenario = try CheckoutFixture.scenario()
        #expect(throws: ScenarioRunError.self) {
            try EngineFixture.run(scenario, requests: ScenarioLimits.maxRequests, rate: 1000)
        }
    }

    @Test("a cycle is still found, iteratively, with its line")
    func cycle() throws {
        let yaml = """
            id: loop
            title: Loop
            request:
              service: a
              operation: op
            services:
              a:
                op:
                  - call: b op
              b:
                op:
                  - call: a op
            """
        let error = #expect(throws: ContentError.self) { try EngineFixture.load(yaml, file: "loop.yaml") }
        #expect(error?.message.contains("cycle") == true)
    }
}
