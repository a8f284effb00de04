import Testing
import TraceLabCore

@Suite("Sampling policies as typed")
struct SamplingPolicyTests {
    @Test(
        "each form reads back to the same text",
        arguments: [
            ("all", "all"), ("none", "none"), ("head:10%", "head:10%"), (" head:0.5% ", "head:0.5%"),
            ("head:100%", "head:100%"), ("tail:errors", "tail:errors"),
            ("tail:errors,slow=2s,rest=5%", "tail:errors,slow=2s,rest=5%"),
            ("tail:slow=800ms", "tail:slow=800ms"), ("tail:rest=5%,errors", "tail:errors,rest=5%"),
            ("tail:errors,wait=30s", "tail:errors,wait=30s"),
        ])
    func roundTrip(typed: String, shown: String) throws {
        let policy = try SamplingPolicy.parse(typed).get()
        #expect(policy.description == shown)
        #expect(try SamplingPolicy.parse(policy.description).get() == policy)
    }

    @Test("tail rules keep their parts")
    func tailParts() throws {
        let policy = try SamplingPolicy.parse("tail:errors,slow=2s,rest=5%").get()
        #expect(
            policy
                == .tail(
                    .init(
                        errors: true, slowerThanNanos: 2_000_000_000, rest: 0.05,
                        decisionWaitNanos: 5_000_000_000)))
    }

    @Test(
        "mistakes say what to write instead",
        arguments: [
            ("most", "is not a sampling policy; use all, none, head:10%"),
            ("head:10", "is not a percentage for head; write one from 0% to 100%"),
            ("head:150%", "is not a percentage for head"),
            ("tail:errors,errors", "tail rule 'errors' is given twice"),
            ("tail:slow=fast", "is not a duration for slow=; write one such as 2s or 800ms"),
            ("tail:everything", "is not a tail rule; combine errors, slow=DURATION"),
            ("head:\u{1B}[31m%", "\\u{1b}"),
        ])
    func mistakes(typed: String, message: String) {
        guard case .failure(let error) = SamplingPolicy.parse(typed) else {
            Issue.record("'\(typed)' was accepted")
            return
        }
        #expect(error.message.contains(message), "\(error.message)")
        #expect(!error.message.contains("\u{1B}"))
    }

    @Test("a service cannot tail-sample on its own")
    func serviceTail() throws {
        let problem = SamplingSettings.checkServicePolicy(
            try SamplingPolicy.parse("tail:errors").get(), service: "billing")
        #expect(problem?.message.hasPrefix("billing cannot tail-sample on its own") == true)
        #expect(SamplingSettings.checkServicePolicy(.head(ratio: 0.5), service: "billing") == nil)
    }
}

@Suite("Sampling in scenario files")
struct ScenarioSamplingKeysTests {
    static func scenario(_ extra: String, service: String = "") -> String {
        """
        id: tiny
        title: Tiny
        request:
          service: a
          operation: op
        \(extra)
        services:
          a:
        \(service)
            op:
              - work: 1ms
        """
    }

    @Test("a scenario's policy and a service's own sampler become the run's defaults")
    func defaults() throws {
        let scenario = try ScenarioLoader.load(
            text: Self.scenario("sampling: head:25%", service: "    sampler: head:50%"), file: "tiny.yaml")
        #expect(
            scenario.defaultSampling
                == SamplingSettings(policy: .head(ratio: 0.25), samplers: ["a": .head(ratio: 0.5)]))
    }

    @Test(
        "a bad policy names the file and line",
        arguments: [
            (scenario("sampling: most"), "tiny.yaml:6"),
            (scenario("", service: "    sampler: tail:errors"), "a cannot tail-sample on its own"),
        ])
    func badPolicy(text: String, expected: String) {
        #expect(throws: ContentError.self) { try ScenarioLoader.load(text: text, file: "tiny.yaml") }
        do {
            _ = try ScenarioLoader.load(text: text, file: "tiny.yaml")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
