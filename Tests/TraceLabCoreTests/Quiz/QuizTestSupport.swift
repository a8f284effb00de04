import Foundation
import Synchronization
import TraceLabCore

/// Files and runs the quiz tests share.
enum QuizTestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The text of `path`, relative to the repository root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The loaded quiz at `path`, relative to the repository root.
    static func quiz(_ path: String) throws -> Quiz {
        try QuizLoader.load(text: text(path), file: path)
    }

    /// The checkout scenario's boundaries, as `tracelab check` would pass them.
    static let checkoutBoundaries = [
        "checkout": [
            "gateway:billing", "billing:payment-provider", "gateway:enrollment",
            "enrollment:notification-worker",
        ]
    ]

    /// The scenarios the question bank runs, with their boundaries (the busy checkout has the
    /// checkout's).
    static let bankBoundaries = checkoutBoundaries.merging(
        ["busy-checkout": checkoutBoundaries["checkout"] ?? []], uniquingKeysWith: { first, _ in first })

    /// Loads a quiz from inline YAML.
    static func quiz(yaml: String) throws -> Quiz {
        try QuizLoader.load(text: yaml, file: "inline.yaml")
    }
}

/// Answers queries from a closure (or a fixed table by fact), counting how often it is asked.
final class StubFactResolver: TraceFactResolver {
    private let answer: @Sendable (TraceFactQuery) -> TraceFactValue?
    private let callCount = Mutex(0)

    /// How many times ``fact(_:)`` was called.
    var calls: Int { callCount.withLock { $0 } }

    init(_ answer: @escaping @Sendable (TraceFactQuery) -> TraceFactValue?) {
        self.answer = answer
    }

    convenience init(_ facts: [TraceFact: TraceFactValue]) {
        self.init { facts[$0.fact] }
    }

    func fact(_ query: TraceFactQuery) throws -> TraceFactValue {
        callCount.withLock { $0 += 1 }
        guard let value = answer(query) else { throw TraceFactError("stub has no \(query.fact.rawValue)") }
        return value
    }
}

/// A checkout run built by hand from the reference timeline (`/work/shared/checkout-timeline.md`),
/// with each crossing joining the caller's trace only where `settings` propagates.
enum HandBuiltCheckout {
    private struct Step {
        let service: String
        let name: String
        let kind: RecordedSpan.Kind
        let startMs: UInt64
        let endMs: UInt64
        let parent: Int?
        let boundary: String?
        let carrier: BoundaryCrossing.Carrier
        let attempt: Int
    }

    private static let steps: [Step] = [
        Step(
            service: "gateway", name: "POST /checkout", kind: .server, startMs: 0, endMs: 2800, parent: nil,
            boundary: nil, carrier: .http, attempt: 1),
        Step(
            service: "gateway", name: "POST billing /charges", kind: .client, startMs: 40, endMs: 1960,
            parent: 0, boundary: nil, carrier: .http, attempt: 1),
        Step(
            service: "billing", name: "POST /charges", kind: .server, startMs: 50, endMs: 1950, parent: 1,
            boundary: "gateway:billing", carrier: .http, attempt: 1),
        Step(
            service: "billing", name: "POST payment-provider /authorize", kind: .client, startMs: 150,
            endMs: 950, parent: 2, boundary: nil, carrier: .http, attempt: 1),
        Step(
            service: "payment-provider", name: "POST /authorize", kind: .server, startMs: 160, endMs: 1400,
            parent: 3, boundary: "billing:payment-provider", carrier: .http, attempt: 1),
        Step(
            service: "billing", name: "POST payment-provider /authorize", kind: .client, startMs: 1050,
            endMs: 1650, parent: 2, boundary: nil, carrier: .http, attempt: 2),
        Step(
            service: "payment-provider", name: "POST /authorize", kind: .server, startMs: 1060, endMs: 1640,
            parent: 5, boundary: "billing:payment-provider", carrier: .http, attempt: 2),
        Step(
            service: "gateway", name: "POST enrollment /enrollments", kind: .client, startMs: 1970,
            endMs: 2750, parent: 0, boundary: nil, carrier: .http, attempt: 1),
        Step(
            service: "enrollment", name: "POST /enrollments", kind: .server, startMs: 1980, endMs: 2740,
            parent: 7, boundary: "gateway:enrollment", carrier: .http, attempt: 1),
        Step(
            service: "enrollment", name: "publish purchase.completed", kind: .producer, startMs: 2600,
            endMs: 2620, parent: 8, boundary: nil, carrier: .message, attempt: 1),
        Step(
            service: "notification-worker", name: "process purchase.completed", kind: .consumer,
            startMs: 3520, endMs: 3720, parent: 9, boundary: "enrollment:notification-worker",
            carrier: .message, attempt: 1),
    ]

    /// The run of scenario `checkout` under `settings`.
    static func run(_ settings: PropagationSettings) -> LabRun {
        var spans: [RecordedSpan] = []
        var crossings: [BoundaryCrossing] = []
        var nextTrace: UInt64 = 1
        for (index, step) in steps.enumerated() {
            let spanID = SpanID(UInt64(index + 1))
            var traceID = TraceID(high: 0, low: nextTrace)
            var parentID: SpanID?
            if let parent = step.parent {
                let parentSpan = spans[parent]
                let joins = step.boundary.map(settings.propagates) ?? true
                if joins {
                    traceID = parentSpan.traceID
                    parentID = parentSpan.spanID
                } else {
                    nextTrace += 1
                    traceID = TraceID(high: 0, low: nextTrace)
                }
                if let boundary = step.boundary {
                    let parts = boundary.split(separator: ":").map(String.init)
                    crossings.append(
                        BoundaryCrossing(
                            boundary: boundary, from: parts[0], to: parts[1], carrier: step.carrier,
                            attempt: step.attempt,
                            propagationEnabled: joins, sent: [:], received: [:],
                            callerSpanID: parentSpan.spanID,
                            callerTraceID: parentSpan.traceID, calleeSpanID: spanID, calleeTraceID: traceID))
                }
            }
            spans.append(
                RecordedSpan(
                    traceID: traceID, spanID: spanID, parentSpanID: parentID, service: step.service,
                    name: step.name,
                    kind: step.kind, startNanos: step.startMs * 1_000_000, endNanos: step.endMs * 1_000_000))
        }
        return LabRun(
            scenarioID: "checkout", spans: spans, crossings: crossings, requestSpanID: SpanID(1),
            epochNanos: 0)
    }

    /// A resolver that runs this hand-built checkout, and fails for any other scenario.
    static let resolver = ScenarioTraceFactResolver { scenarioID, settings in
        guard scenarioID == "checkout" else { throw TraceFactError("no scenario '\(scenarioID)'") }
        return run(settings)
    }

    /// Resolves the question bank: the checkout from this hand-built run, the busy checkout by
    /// running the shipped `lessons/busy-checkout.yaml` under each question's load.
    static let bankResolver = ScenarioTraceFactResolver(runScenarioWithOptions: { scenarioID, options in
        guard scenarioID == "busy-checkout" else {
            guard scenarioID == "checkout" else { throw TraceFactError("no scenario '\(scenarioID)'") }
            guard options.requests == 1 else {
                throw TraceFactError("the hand-built checkout has one request")
            }
            return run(options.propagation)
        }
        let scenario = try ScenarioLoader.load(
            text: QuizTestSupport.text("lessons/busy-checkout.yaml"), file: "busy-checkout.yaml")
        return try ScenarioEngine(scenario: scenario).run(options)
    })
}
