import Foundation
import Testing
import TraceLabCore
import TraceLabLive

/// The sampling lab through the built `tracelab`, as the checks run it.
@Suite("The sampling lab from the command line and the prompt")
struct SamplingCommandTests {
    static let checkout1000 = ["run", "checkout", "--requests", "1000", "--rate", "100", "--seed", "3"]

    static func sampling(_ result: CommandResult) throws -> [String: Any] {
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(report["sampling"] as? [String: Any])
    }

    @Test("head:10% keeps 60 to 140 whole traces, the same numbers twice")
    func headTenPercent() throws {
        let binary = try BuiltBinary()
        let arguments = Self.checkout1000 + ["--sample", "head:10%", "--format", "json"]
        let first = try binary.run(arguments)
        #expect(first.exitCode == 0, "\(first.errors)")
        let sampling = try Self.sampling(first)
        let kept = try #require(sampling["keptTraces"] as? Int)
        #expect((60...140).contains(kept))
        #expect(sampling["brokenTraces"] as? Int == 0)
        #expect(sampling["droppedTraces"] as? Int == 1000 - kept)
        #expect(sampling["policy"] as? String == "head:10%")
        let keptBytes = try #require(sampling["keptBytes"] as? Int)
        #expect(keptBytes > 0 && keptBytes < (sampling["totalBytes"] as? Int ?? 0))
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        let traces = try #require(report["traces"] as? [[String: Any]])
        #expect(traces.filter { $0["kept"] as? Bool == true }.count == kept)
        #expect(try binary.run(arguments).output == first.output)
    }

    @Test("a service with its own sampler gives broken traces and is named")
    func brokenByBilling() throws {
        let result = try BuiltBinary().run(
            Self.checkout1000 + ["--sample", "head:10%", "--sampler", "billing=head:50%", "--format", "json"])
        let sampling = try Self.sampling(result)
        #expect((sampling["brokenTraces"] as? Int ?? 0) > 0)
        let broken = try #require(sampling["broken"] as? [[String: Any]])
        #expect(Set(broken.compactMap { $0["service"] as? String }) == ["billing"])
        #expect(sampling["samplers"] as? [String: String] == ["billing": "head:50%"])
    }

    @Test("traces lists a broken trace with the spans a backend received, as k/n")
    func brokenTraceSpansAsReceived() throws {
        let binary = try BuiltBinary()
        let listed = try binary.run(
            Self.checkout1000 + ["--sample", "head:10%", "--sampler", "billing=head:50%", "--brief"])
        #expect(listed.exitCode == 0, "\(listed.errors)")
        let traces = try binary.run(["traces", "--limit", "1000"])
        let broken = traces.output.split(separator: "\n").filter { $0.contains("⚠ broken") }
        #expect(!broken.isEmpty)
        for line in broken {
            let columns = line.split(separator: " ")
            let counts = try #require(
                columns.first { $0.contains("/") }?.split(separator: "/").compactMap { Int($0) })
            #expect(counts.count == 2 && counts[0] < counts[1], "\(line)")
        }
        #expect(traces.output.contains("'spans' as k/n: a backend received k of the trace's n spans"))
    }

    @Test("naming a scenario resets sampling and propagation, and says so; a bare run keeps them")
    func namedScenarioSaysWhatItReset() throws {
        let binary = try BuiltBinary()
        let session = [
            "sampling head:10%", "run --off gateway:billing --brief", "run --brief", "run checkout --brief",
            "quit",
        ]
        let result = try binary.run([], input: session.joined(separator: "\n") + "\n")
        #expect(result.exitCode == 0, "\(result.errors)")
        let notes = result.output.replacingOccurrences(of: "\n", with: " ").components(separatedBy: "Note: ")
        #expect(notes.count == 2)
        #expect(
            notes.last?.hasPrefix(
                "naming a scenario starts from its defaults, so your propagation (on, except off at "
                    + "gateway:billing) and sampling (head:10%) were reset.") == true)
    }

    @Test("tail:errors,rest=0% keeps the traces with an error and no other")
    func tailErrors() throws {
        let result = try BuiltBinary().run(
            [
                "run", "busy-checkout", "--requests", "1000", "--rate", "4", "--seed", "5", "--sample",
                "tail:errors,rest=0%", "--format", "json",
            ])
        let sampling = try Self.sampling(result)
        let total = try #require(sampling["errorTracesTotal"] as? Int)
        #expect(total > 0)
        #expect(sampling["errorTracesKept"] as? Int == total)
        #expect(sampling["keptTraces"] as? Int == total)
        #expect(sampling["tailBuffering"] is [String: Any])
    }

    @Test("OTLP output holds only the kept spans: what a backend would receive")
    func otlpKeepsOnlyKept() throws {
        let binary = try BuiltBinary()
        let base = ["run", "checkout", "--requests", "50", "--seed", "3", "--sample", "head:30%"]
        let sampling = try Self.sampling(try binary.run(base + ["--format", "json"]))
        let otlp = try binary.run(base + ["--format", "otlp"])
        let spans = otlp.output.components(separatedBy: "\"spanId\"").count - 1
        #expect(spans == sampling["keptSpans"] as? Int)
        #expect(spans < sampling["totalSpans"] as? Int ?? 0)
    }

    @Test("at the prompt: sampling head:10%, run, traces --dropped, and a dropped trace's headers carry -00")
    func promptSession() throws {
        let binary = try BuiltBinary()
        let session = [
            "run checkout --requests 200 --rate 50 --seed 3", "sampling head:10%", "sampling", "run",
            "traces --dropped --limit 200", "quit",
        ]
        let result = try binary.run([], input: session.joined(separator: "\n") + "\n")
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.output.contains("Sampling is now head:10%"))
        #expect(result.output.contains("✗ dropped"))
        #expect(result.output.contains("kept      "))
        let json = try binary.run(["run", "--format", "json"])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let traces = try #require(report["traces"] as? [[String: Any]])
        let dropped = try #require(traces.firstIndex { $0["kept"] as? Bool == false })
        let headers = try binary.run(["trace", String(dropped + 1)])
        #expect(headers.output.contains("Sampled out: no backend ever received this trace"))
        let wire = try binary.run(["headers"])
        #expect(wire.output.contains("-00\n"))
        #expect(!wire.output.contains("-01\n"))
    }

    @Test(
        "after the lesson's tail run, traces --dropped explains the dropped traces listed longer than slow=4s"
    )
    func slowRuleExplained() throws {
        let binary = try BuiltBinary()
        let run = try binary.run([
            "run", "busy-checkout", "--requests", "1000", "--rate", "4", "--seed", "5", "--sample",
            "tail:errors,slow=4s,rest=2%", "--brief",
        ])
        #expect(run.exitCode == 0, "\(run.errors)")
        let listed = try binary.run(["traces", "--dropped", "--limit", "1000"])
        #expect(listed.exitCode == 0, "\(listed.errors)")
        // Whole-trace durations of 4 s or more on dropped rows, as the lesson warns.
        let longDropped = listed.output.split(separator: "\n").filter { line in
            let words = line.split(separator: " ")
            return line.contains("✗ dropped")
                && words.indices.dropLast().contains { words[$0 + 1] == "s" && (Double(words[$0]) ?? 0) >= 4 }
        }
        #expect(!longDropped.isEmpty)
        let flat = listed.output.split(separator: "\n").joined(separator: " ")
        #expect(flat.contains("slow=4s judged each trace by its root span, the time the user waited"))
        let keptOnly = try binary.run(["traces"])
        #expect(!keptOnly.output.contains("judged each trace"))
    }

    @Test(
        "bad sampling input is one line and a usage exit",
        arguments: [
            (["run", "--sample", "most"], "is not a sampling policy"),
            (["run", "--sampler", "billing"], "is not SERVICE=POLICY"),
            (["run", "--sampler", "nobody=head:5%"], "is not a service of checkout"),
            (["run", "--sampler", "billing=tail:errors"], "billing cannot tail-sample on its own"),
            (["sampler", "billing", "sometimes"], "is not a sampling policy"),
        ])
    func badInput(arguments: [String], message: String) throws {
        let result = try BuiltBinary().run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.errors.split(separator: "\n").count <= 2, "\(result.errors)")
    }

    @Test("the estimate matches the bytes the real OTLP encoder writes, span by span")
    func byteEstimateMatchesEncoder() throws {
        let file = RepositoryPaths.root.appendingPathComponent("lessons/checkout.yaml")
        let scenario = try ScenarioLoader.load(
            text: String(contentsOf: file, encoding: .utf8), file: "checkout.yaml")
        let run = try ScenarioEngine(scenario: scenario).run(
            RunOptions(seed: 4, epochNanos: RunOptions.fixedEpochNanos, requests: 3))
        for span in run.spans {
            #expect(OTLPSpanSize.bytes(span) == OTLPProtobufEncoder.encodedSize(of: span))
        }
    }
}
