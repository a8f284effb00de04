import Foundation
import TraceLabCore

/// The shipped checkout scenario, read from `lessons/checkout.yaml`.
enum CheckoutFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func scenario() throws -> Scenario {
        let url = repositoryRoot.appendingPathComponent("lessons/checkout.yaml")
        return try ScenarioLoader.load(text: String(contentsOf: url, encoding: .utf8), file: "checkout.yaml")
    }

    static let epoch: UInt64 = 1_800_000_000_000_000_000

    static func run(_ propagation: PropagationSettings = .allOn, seed: UInt64 = 42) throws -> LabRun {
        try ScenarioEngine(scenario: scenario()).run(
            RunOptions(propagation: propagation, seed: seed, epochNanos: epoch))
    }

    static func millis(_ nanos: UInt64) -> UInt64 { nanos / 1_000_000 }
}
