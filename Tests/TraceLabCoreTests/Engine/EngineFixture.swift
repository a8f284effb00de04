import Foundation
import TraceLabCore

/// Scenarios written in the tests, loaded through the real loader.
enum EngineFixture {
    static func load(_ yaml: String, file: String = "test.yaml") throws -> Scenario {
        try ScenarioLoader.load(text: yaml, file: file)
    }

    static func run(
        _ scenario: Scenario, requests: Int = 1, rate: Double = 10, arrivals: ArrivalPattern = .poisson,
        propagation: PropagationSettings = .allOn, seed: UInt64 = 42
    ) throws -> LabRun {
        try ScenarioEngine(scenario: scenario).run(
            RunOptions(
                propagation: propagation, seed: seed, epochNanos: CheckoutFixture.epoch, requests: requests,
                ratePerSecond: rate, arrivals: arrivals))
    }

    /// A chain `s0 → s1 → … → s(depth-1)`, each doing 1 ms of work.
    static func chainYAML(depth: Int) -> String {
        var lines = [
            "id: chain", "title: A long chain", "request:", "  service: s0", "  operation: op", "services:",
        ]
        for index in 0..<depth {
            lines.append("  s\(index):")
            lines.append("    op:")
            lines.append("      - work: 1ms")
            if index < depth - 1 { lines.append("      - call: s\(index + 1) op") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The busy checkout shipped in `lessons/`.
    static func busyCheckout() throws -> Scenario {
        let url = CheckoutFixture.repositoryRoot.appendingPathComponent("lessons/busy-checkout.yaml")
        return try ScenarioLoader.load(
            text: String(contentsOf: url, encoding: .utf8), file: "busy-checkout.yaml")
    }
}
