import TraceLabCore
import TraceLabTerminal

/// Hand-built runs of the checkout from the reference timeline (milliseconds from the moment the
/// gateway receives the request), with propagation on, off at chosen boundaries, or with a span
/// missing so another becomes an orphan.
enum CheckoutFixture {
    static let epoch: UInt64 = 5_000_000_000
    static let timeoutMessage = "deadline exceeded after 800 ms"
    static let requestSpanID = SpanID(1)

    private struct Plan {
        let id: UInt64
        let parent: UInt64?
        let service: String
        let name: String
        let kind: RecordedSpan.Kind
        let startMs: UInt64
        let endMs: UInt64
        var error: String?
        var attributes: [String: AttributeValue] = [:]
        /// The boundary this span was reached across, with the attempt number.
        var crossing: (boundary: String, attempt: Int, carrier: BoundaryCrossing.Carrier)?
    }

    private static let plans: [Plan] = [
        Plan(
            id: 1, parent: nil, service: "gateway", name: "POST /checkout", kind: .server, startMs: 0,
            endMs: 2800),
        Plan(
            id: 2, parent: 1, service: "gateway", name: "POST billing /charges", kind: .client, startMs: 40,
            endMs: 1960),
        Plan(
            id: 3, parent: 2, service: "billing", name: "POST /charges", kind: .server, startMs: 50,
            endMs: 1950,
            crossing: ("gateway:billing", 1, .http)),
        Plan(
            id: 4, parent: 3, service: "billing", name: "POST payment-provider /authorize", kind: .client,
            startMs: 150, endMs: 950, error: timeoutMessage, attributes: ["attempt": .int(1)]),
        Plan(
            id: 5, parent: 4, service: "payment-provider", name: "POST /authorize", kind: .server,
            startMs: 160,
            endMs: 1400, crossing: ("billing:payment-provider", 1, .http)),
        Plan(
            id: 6, parent: 3, service: "billing", name: "POST payment-provider /authorize", kind: .client,
            startMs: 1050, endMs: 1650, attributes: ["attempt": .int(2)]),
        Plan(
            id: 7, parent: 6, service: "payment-provider", name: "POST /authorize", kind: .server,
            startMs: 1060,
            endMs: 1640, crossing: ("billing:payment-provider", 2, .http)),
        Plan(
            id: 8, parent: 1, service: "gateway", name: "POST enrollment /enrollments", kind: .client,
            startMs: 1970, endMs: 2750),
        Plan(
            id: 9, parent: 8, service: "enrollment", name: "POST /enrollments", kind: .server, startMs: 1980,
            endMs: 2740, crossing: ("gateway:enrollment", 1, .http)),
        Plan(
            id: 10, parent: 9, service: "enrollment", name: "publish purchase.completed", kind: .producer,
            startMs: 2600, endMs: 2620,
            attributes: ["messaging.destination.name": .string("purchase.completed")]),
        Plan(
            id: 11, parent: 10, service: "notification-worker", name: "process purchase.completed",
            kind: .consumer,
            startMs: 3520, endMs: 3720, crossing: ("enrollment:notification-worker", 1, .message)),
    ]

    /// The checkout under `propagation`, without the spans whose ids are in `dropping`. A callee
    /// reached across a boundary that does not propagate starts a new trace.
    static func run(propagation: PropagationSettings = .allOn, dropping: Set<UInt64> = []) -> LabRun {
        var traceOf: [UInt64: TraceID] = [:]
        var spans: [RecordedSpan] = []
        var crossings: [BoundaryCrossing] = []
        var traceCount: UInt64 = 0
        func newTrace() -> TraceID {
            traceCount += 1
            return TraceID(
                high: 0x4bf9_2f35_77b3_4da6 &+ (traceCount - 1) &* 0x9e37_79b9_7f4a_7c15,
                low: 0xa3ce_929d_0e0e_4736)
        }
        for plan in plans {
            var parent = plan.parent
            let trace: TraceID
            if let caller = plan.parent, let callerTrace = traceOf[caller] {
                if let crossing = plan.crossing, !propagation.propagates(crossing.boundary) {
                    trace = newTrace()
                    parent = nil
                } else {
                    trace = callerTrace
                }
            } else {
                trace = newTrace()
            }
            traceOf[plan.id] = trace
            if let crossing = plan.crossing, let caller = plan.parent, let callerTrace = traceOf[caller] {
                let enabled = propagation.propagates(crossing.boundary)
                let header = "00-\(callerTrace.hex)-\(SpanID(caller).hex)-01"
                let fields = enabled ? ["traceparent": header, "tracestate": "lab=checkout"] : [:]
                crossings.append(
                    BoundaryCrossing(
                        boundary: crossing.boundary, from: plans[Int(caller) - 1].service, to: plan.service,
                        carrier: crossing.carrier, attempt: crossing.attempt, propagationEnabled: enabled,
                        sent: fields, received: fields, callerSpanID: SpanID(caller),
                        callerTraceID: callerTrace,
                        calleeSpanID: SpanID(plan.id), calleeTraceID: trace))
            }
            guard !dropping.contains(plan.id) else { continue }
            spans.append(
                RecordedSpan(
                    traceID: trace, spanID: SpanID(plan.id), parentSpanID: parent.map(SpanID.init),
                    service: plan.service, name: plan.name, kind: plan.kind,
                    startNanos: epoch + plan.startMs * 1_000_000, endNanos: epoch + plan.endMs * 1_000_000,
                    status: plan.error.map { .error($0) } ?? .ok, attributes: plan.attributes))
        }
        return LabRun(
            scenarioID: "checkout", spans: spans, crossings: crossings, requestSpanID: requestSpanID,
            epochNanos: epoch)
    }

    /// Propagation on everywhere: one trace.
    static var connected: LabAnalysis { LabAnalysis(run: run()) }
    /// Propagation off everywhere: six traces.
    static var fragmented: LabAnalysis { LabAnalysis(run: run(propagation: .allOff)) }
    /// Propagation off between gateway and billing only: two traces.
    static var billingOff: LabAnalysis {
        LabAnalysis(run: run(propagation: PropagationSettings(disabledBoundaries: ["gateway:billing"])))
    }
    /// The gateway's call to billing was never recorded, so billing's server span is an orphan.
    static var withOrphan: LabAnalysis { LabAnalysis(run: run(dropping: [2])) }

    /// Every run shape, named for test output.
    static let shapes = ["connected", "fragmented", "billing off", "orphan"]

    /// The run shape called `name` (one of ``shapes``).
    static func analysis(_ name: String) -> LabAnalysis {
        switch name {
        case "fragmented": fragmented
        case "billing off": billingOff
        case "orphan": withOrphan
        default: connected
        }
    }
}

/// Helpers for looking at rendered text the way a terminal shows it.
enum Rendered {
    /// The visible lines of `text` (escape sequences removed).
    static func lines(_ text: String) -> [String] {
        TextSanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The longest visible line, in characters.
    static func widest(_ text: String) -> Int { lines(text).map(\.count).max() ?? 0 }

    /// True when `text` contains an ESC byte.
    static func hasEscape(_ text: String) -> Bool { text.utf8.contains(0x1B) }
}
