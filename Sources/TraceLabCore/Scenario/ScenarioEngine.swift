import Instrumentation
import Tracing

/// Runs a scenario on a virtual clock: nothing sleeps, every instant is computed, so a 2.8 s
/// checkout simulates in microseconds and the same options always give the same run.
///
/// Each simulated service owns a ``LabTracer`` and uses only the swift-distributed-tracing API
/// (`startSpan(_:context:ofKind:at:)`, `end(at:)`, `inject`, `extract`), exactly as a real
/// Swift service would; the engine only decides when things happen and whether a boundary
/// propagates.
public struct ScenarioEngine: Sendable {
    /// The most spans one run may create before it is stopped as runaway.
    public static let spanLimit = 1_000_000

    /// The scenario to run.
    public let scenario: Scenario

    /// Creates an engine for `scenario` (already checked by ``ScenarioLoader``).
    public init(scenario: Scenario) {
        self.scenario = scenario
    }

    /// Simulates one user request and every message it leads to.
    public func run(_ options: RunOptions) throws(ScenarioRunError) -> LabRun {
        let simulation = Simulation(scenario: scenario, options: options)
        return try simulation.run()
    }
}

/// One run's mutable state. Lives only inside ``ScenarioEngine/run(_:)``.
private final class Simulation {
    struct Delivery {
        let at: UInt64
        let order: Int
        let publish: Scenario.Publish
        let metadata: MessageMetadata
        let from: String
        let producer: SpanContext
        let propagated: Bool
    }

    struct Outcome {
        let end: UInt64
        let failure: String?
        let span: SpanContext
    }

    let scenario: Scenario
    let options: RunOptions
    let recorder = SpanRecorder()
    let ids: SeededIDSource
    var jitter: SplitMix64
    var tracers: [String: LabTracer] = [:]
    var invocations: [String: Int] = [:]
    var crossings: [BoundaryCrossing] = []
    var deliveries: [Delivery] = []
    var deliveryOrder = 0
    var spansStarted = 0
    let correlationID: String

    init(scenario: Scenario, options: RunOptions) {
        self.scenario = scenario
        self.options = options
        ids = SeededIDSource(seed: options.seed)
        jitter = SplitMix64(seed: options.seed ^ 0x6A09_E667_F3BC_C908)
        correlationID = "req-" + String(ids.nextSpanID().hex.prefix(12))
        for service in scenario.services {
            tracers[service.name] = LabTracer(service: service.name, recorder: recorder, ids: ids)
        }
    }

    func run() throws(ScenarioRunError) -> LabRun {
        var request = HTTPHeaders([("x-correlation-id", correlationID)])
        request.add(name: "content-type", value: "application/json")
        var context = InstrumentationContext.topLevel
        tracer(scenario.entryService).extract(request, into: &context, using: HTTPHeadersExtractor())
        let outcome = try execute(
            service: scenario.entryService, operation: scenario.entryOperation, kind: .server,
            at: options.epochNanos, context: context)
        try deliverMessages()
        return LabRun(
            scenarioID: scenario.id, spans: recorder.drain(), crossings: crossings,
            requestSpanID: outcome.span.spanID, epochNanos: options.epochNanos)
    }

    private func tracer(_ service: String) -> LabTracer {
        tracers[service]!
    }

    /// Runs one invocation of an operation as a server or consumer span starting at `start`.
    private func execute(
        service: String, operation name: String, kind: SpanKind, at start: UInt64,
        context: InstrumentationContext
    ) throws(ScenarioRunError) -> Outcome {
        try countSpan()
        let operation = scenario.service(service)!.operation(name)!
        let invocation = invocations["\(service) \(name)", default: 0]
        invocations["\(service) \(name)"] = invocation + 1
        let span = tracer(service).startSpan(name, context: context, ofKind: kind, at: instant(start))
        span.attributes["correlation.id"] = correlationID
        if kind == .server, let method = name.split(separator: " ").first, name.contains(" /") {
            span.attributes["http.request.method"] = String(method)
            span.attributes["http.route"] = String(name.dropFirst(method.count + 1))
        }
        var cursor = start
        var failure: String?
        try run(operation.steps, invocation: invocation, span: span, cursor: &cursor, failure: &failure)
        if let failure {
            span.setStatus(SpanStatus(code: .error, message: failure))
        }
        span.end(at: instant(cursor))
        return Outcome(end: cursor, failure: failure, span: span.spanContext)
    }

    private func run(
        _ steps: [Scenario.Step], invocation: Int, span: LabSpan, cursor: inout UInt64, failure: inout String?
    ) throws(ScenarioRunError) {
        for step in steps where failure == nil {
            switch step {
            case .work(let durations):
                cursor += durations[min(invocation, durations.count - 1)] + jitterNanos()
            case .fail(let message):
                failure = message
            case .call(let call):
                let result = try self.call(call, from: span, at: cursor)
                cursor = result.end
                failure = result.failure
            case .publish(let publish):
                cursor = try self.publish(publish, from: span, at: cursor)
            case .parallel(let branches):
                let start = cursor
                var latest = cursor
                for branch in branches {
                    var branchCursor = start
                    var branchFailure: String?
                    try run(
                        branch, invocation: invocation, span: span, cursor: &branchCursor,
                        failure: &branchFailure)
                    latest = max(latest, branchCursor)
                    failure = failure ?? branchFailure
                }
                cursor = latest
            }
        }
    }

    /// Makes a synchronous call with its retries; returns when the caller moves on and why it failed, if it did.
    private func call(_ call: Scenario.Call, from caller: LabSpan, at start: UInt64) throws(ScenarioRunError)
        -> (
            end: UInt64, failure: String?
        )
    {
        let callerService = caller.service
        let boundary = Boundary(from: callerService, to: call.service, carrier: .http).name
        let propagates = options.propagation.propagates(boundary)
        let latency = scenario.networkLatencyNanos
        var cursor = start
        var lastFailure: String?
        for attempt in 1...(call.retries + 1) {
            if attempt > 1 { cursor += call.backoffNanos }
            try countSpan()
            let client = tracer(callerService).startSpan(
                Self.clientName(call), context: caller.context, ofKind: .client, at: instant(cursor))
            client.attributes["server.address"] = call.service
            client.attributes["correlation.id"] = correlationID
            if attempt > 1 { client.attributes["http.request.resend_count"] = attempt - 1 }
            var headers = HTTPHeaders([("x-correlation-id", correlationID)])
            if propagates {
                tracer(callerService).inject(client.context, into: &headers, using: HTTPHeadersInjector())
            }
            let slot = crossings.count
            var calleeContext = InstrumentationContext.topLevel
            tracer(call.service).extract(headers, into: &calleeContext, using: HTTPHeadersExtractor())
            let served = try execute(
                service: call.service, operation: call.operation, kind: .server, at: cursor + latency,
                context: calleeContext)
            crossings.insert(
                BoundaryCrossing(
                    boundary: boundary, from: callerService, to: call.service, carrier: .http,
                    attempt: attempt,
                    propagationEnabled: propagates, sent: Self.traceFields(headers.combined),
                    received: Self.traceFields(headers.combined), callerSpanID: client.spanContext.spanID,
                    callerTraceID: client.spanContext.traceID, calleeSpanID: served.span.spanID,
                    calleeTraceID: served.span.traceID), at: slot)
            let answeredAt = served.end + latency
            if let timeout = call.timeoutNanos, answeredAt > cursor + timeout {
                lastFailure =
                    "timed out after \(DurationText.format(nanos: timeout)) waiting for \(call.service)"
                cursor += timeout
            } else if let failure = served.failure {
                lastFailure = "\(call.service) answered with an error: \(failure)"
                cursor = answeredAt
            } else {
                lastFailure = nil
                cursor = answeredAt
            }
            if let lastFailure {
                client.setStatus(SpanStatus(code: .error, message: lastFailure))
                if attempt <= call.retries {
                    caller.addEvent(
                        SpanEvent(
                            name: "retry", at: instant(cursor),
                            attributes: [
                                "retry.attempt": .int64(Int64(attempt + 1)),
                                "retry.reason": .string(lastFailure),
                            ]))
                }
            }
            client.end(at: instant(cursor))
            if lastFailure == nil { break }
        }
        return (cursor, lastFailure.map { "call to \(call.service) failed: \($0)" })
    }

    /// Publishes a message: a producer span now, a consumer run later.
    private func publish(_ publish: Scenario.Publish, from caller: LabSpan, at start: UInt64)
        throws(ScenarioRunError)
        -> UInt64
    {
        try countSpan()
        let service = caller.service
        let producer = tracer(service).startSpan(
            "publish \(publish.topic)", context: caller.context, ofKind: .producer, at: instant(start))
        producer.attributes["messaging.destination.name"] = publish.topic
        producer.attributes["messaging.operation.type"] = "publish"
        producer.attributes["correlation.id"] = correlationID
        let boundary = Boundary(from: service, to: publish.consumer, carrier: .message).name
        let propagates = options.propagation.propagates(boundary)
        var metadata = MessageMetadata(["x-correlation-id": correlationID])
        if propagates {
            tracer(service).inject(producer.context, into: &metadata, using: MessageMetadataInjector())
        }
        let end = start + publish.durationNanos
        producer.end(at: instant(end))
        deliveries.append(
            Delivery(
                at: end + publish.queueDelayNanos, order: deliveryOrder, publish: publish, metadata: metadata,
                from: service, producer: producer.spanContext, propagated: propagates))
        deliveryOrder += 1
        return end
    }

    /// Hands queued messages to their consumers in time order, including messages they publish.
    private func deliverMessages() throws(ScenarioRunError) {
        while !deliveries.isEmpty {
            let next = deliveries.indices.min {
                (deliveries[$0].at, deliveries[$0].order) < (deliveries[$1].at, deliveries[$1].order)
            }!
            let delivery = deliveries.remove(at: next)
            let consumer = delivery.publish.consumer
            var context = InstrumentationContext.topLevel
            tracer(consumer).extract(delivery.metadata, into: &context, using: MessageMetadataExtractor())
            let handled = try execute(
                service: consumer, operation: delivery.publish.operation, kind: .consumer, at: delivery.at,
                context: context)
            crossings.append(
                BoundaryCrossing(
                    boundary: Boundary(from: delivery.from, to: consumer, carrier: .message).name,
                    from: delivery.from,
                    to: consumer, carrier: .message, attempt: 1, propagationEnabled: delivery.propagated,
                    sent: Self.traceFields(delivery.metadata.properties),
                    received: Self.traceFields(delivery.metadata.properties),
                    callerSpanID: delivery.producer.spanID,
                    callerTraceID: delivery.producer.traceID, calleeSpanID: handled.span.spanID,
                    calleeTraceID: handled.span.traceID))
        }
    }

    private func countSpan() throws(ScenarioRunError) {
        spansStarted += 1
        if spansStarted > ScenarioEngine.spanLimit {
            throw ScenarioRunError(
                message: "scenario '\(scenario.id)' creates more than \(ScenarioEngine.spanLimit) spans; "
                    + "reduce its retries, fan-out or messages")
        }
    }

    private func jitterNanos() -> UInt64 {
        scenario.jitterNanos == 0 ? 0 : jitter.next() % (scenario.jitterNanos + 1)
    }

    private func instant(_ nanos: UInt64) -> VirtualInstant {
        VirtualInstant(nanosecondsSinceEpoch: nanos)
    }

    /// `POST billing /charges` for a call to billing's `POST /charges`.
    static func clientName(_ call: Scenario.Call) -> String {
        let words = call.operation.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return "\(call.service) \(call.operation)" }
        return "\(words[0]) \(call.service) \(words[1])"
    }

    /// Only the trace-context fields of a carrier, by lowercased name.
    static func traceFields(_ fields: [String: String]) -> [String: String] {
        fields.filter {
            [TraceContextHeaders.traceparent, TraceContextHeaders.tracestate].contains($0.key.lowercased())
        }
    }
}
