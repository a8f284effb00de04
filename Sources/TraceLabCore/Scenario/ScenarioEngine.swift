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
    private let compiled: CompiledScenario

    /// Creates an engine for `scenario` (already checked by ``ScenarioLoader``).
    public init(scenario: Scenario) {
        self.scenario = scenario
        compiled = CompiledScenario(scenario)
    }

    /// Simulates one user request and every message it leads to.
    public func run(_ options: RunOptions) throws(ScenarioRunError) -> LabRun {
        let simulation = Simulation(scenario: scenario, compiled: compiled, options: options)
        return try simulation.run()
    }
}

/// One run's mutable state. Lives only inside ``ScenarioEngine/run(_:)``.
private final class Simulation {
    struct Delivery {
        let at: UInt64
        let order: Int
        let publish: CompiledScenario.Publish
        let metadata: MessageMetadata
        let from: Int
        let producer: SpanContext
        let propagated: Bool
    }

    struct Outcome {
        let end: UInt64
        let failure: String?
        let span: SpanContext
    }

    let scenario: Scenario
    let compiled: CompiledScenario
    let options: RunOptions
    let recorder = SpanRecorder()
    let ids: SeededIDSource
    var jitter: SplitMix64
    let tracers: [LabTracer]
    let propagates: [Bool]
    var invocations: [Int]
    var crossings: [BoundaryCrossing] = []
    var deliveries: [Delivery] = []
    var deliveryOrder = 0
    var spansStarted = 0
    let correlationID: String
    /// Attributes of each operation's server span with this run's correlation id, built when
    /// the operation first runs.
    var serverAttributes: [SpanAttributes?]
    /// Attributes of a consumer span.
    let consumerAttributes: SpanAttributes

    init(scenario: Scenario, compiled: CompiledScenario, options: RunOptions) {
        self.scenario = scenario
        self.compiled = compiled
        self.options = options
        let ids = SeededIDSource(seed: options.seed)
        self.ids = ids
        jitter = SplitMix64(seed: options.seed ^ 0x6A09_E667_F3BC_C908)
        correlationID = "req-" + String(ids.nextSpanID().hex.prefix(12))
        let recorder = self.recorder
        tracers = compiled.services.map { LabTracer(service: $0, recorder: recorder, ids: ids) }
        propagates = compiled.boundaries.map { options.propagation.propagates($0.name) }
        invocations = Array(repeating: 0, count: compiled.operations.count)
        var consumer = SpanAttributes()
        consumer["correlation.id"] = correlationID
        consumerAttributes = consumer
        serverAttributes = Array(repeating: nil, count: compiled.operations.count)
    }

    func run() throws(ScenarioRunError) -> LabRun {
        var request = HTTPHeaders([("x-correlation-id", correlationID)])
        request.add(name: "content-type", value: "application/json")
        let entry = compiled.operations[compiled.entry]
        var context = InstrumentationContext.topLevel
        tracers[entry.service].extract(request, into: &context, using: HTTPHeadersExtractor())
        let outcome = try execute(compiled.entry, kind: .server, at: options.epochNanos, context: context)
        try deliverMessages()
        return LabRun(
            scenarioID: scenario.id, spans: recorder.drain(), crossings: crossings,
            requestSpanID: outcome.span.spanID, epochNanos: options.epochNanos)
    }

    /// Runs one invocation of an operation as a server or consumer span starting at `start`.
    private func execute(_ index: Int, kind: SpanKind, at start: UInt64, context: InstrumentationContext)
        throws(ScenarioRunError) -> Outcome
    {
        try countSpan()
        let operation = compiled.operations[index]
        let invocation = invocations[index]
        invocations[index] = invocation + 1
        let span = tracers[operation.service].startSpan(
            operation.name, context: context, ofKind: kind, at: instant(start))
        span.attributes = kind == .server ? serverAttributes(index) : consumerAttributes
        var cursor = start
        var failure: String?
        try run(
            operation.steps, invocation: invocation, span: span, service: operation.service, cursor: &cursor,
            failure: &failure)
        if let failure {
            span.setStatus(SpanStatus(code: .error, message: failure))
        }
        span.end(at: instant(cursor))
        return Outcome(end: cursor, failure: failure, span: span.spanContext)
    }

    private func run(
        _ steps: [CompiledScenario.Step], invocation: Int, span: LabSpan, service: Int, cursor: inout UInt64,
        failure: inout String?
    ) throws(ScenarioRunError) {
        for step in steps where failure == nil {
            switch step {
            case .work(let durations):
                cursor += durations[min(invocation, durations.count - 1)] + jitterNanos()
            case .fail(let message):
                failure = message
            case .call(let call):
                let result = try self.call(call, from: span, service: service, at: cursor)
                cursor = result.end
                failure = result.failure
            case .publish(let publish):
                cursor = try self.publish(publish, from: span, service: service, at: cursor)
            case .parallel(let branches):
                let start = cursor
                var latest = cursor
                for branch in branches {
                    var branchCursor = start
                    var branchFailure: String?
                    try run(
                        branch, invocation: invocation, span: span, service: service, cursor: &branchCursor,
                        failure: &branchFailure)
                    latest = max(latest, branchCursor)
                    failure = failure ?? branchFailure
                }
                cursor = latest
            }
        }
    }

    /// Makes a synchronous call with its retries; returns when the caller moves on and why it failed, if it did.
    private func call(_ call: CompiledScenario.Call, from caller: LabSpan, service: Int, at start: UInt64)
        throws(ScenarioRunError) -> (end: UInt64, failure: String?)
    {
        let boundary = compiled.boundaries[call.boundary]
        let propagates = self.propagates[call.boundary]
        let callerTracer = tracers[service]
        let calleeTracer = tracers[compiled.operations[call.target].service]
        let latency = scenario.networkLatencyNanos
        var cursor = start
        var lastFailure: String?
        for attempt in 1...(call.retries + 1) {
            if attempt > 1 { cursor += call.backoffNanos }
            try countSpan()
            let client = callerTracer.startSpan(
                call.clientName, context: caller.context, ofKind: .client, at: instant(cursor))
            var attributes = compiled.clientAttributes[call.boundary]
            if attempt > 1 { attributes["http.request.resend_count"] = attempt - 1 }
            client.attributes = attributes
            var headers = HTTPHeaders([("x-correlation-id", correlationID)])
            if propagates {
                callerTracer.inject(client.context, into: &headers, using: HTTPHeadersInjector())
            }
            let slot = crossings.count
            var calleeContext = InstrumentationContext.topLevel
            calleeTracer.extract(headers, into: &calleeContext, using: HTTPHeadersExtractor())
            let served = try execute(call.target, kind: .server, at: cursor + latency, context: calleeContext)
            let fields = Self.traceFields(headers)
            crossings.insert(
                BoundaryCrossing(
                    boundary: boundary.name, from: boundary.from, to: boundary.to, carrier: .http,
                    attempt: attempt,
                    propagationEnabled: propagates, sent: fields, received: fields,
                    callerSpanID: client.spanContext.spanID, callerTraceID: client.spanContext.traceID,
                    calleeSpanID: served.span.spanID, calleeTraceID: served.span.traceID),
                at: slot)
            let answeredAt = served.end + latency
            if let timeout = call.timeoutNanos, answeredAt > cursor + timeout {
                lastFailure =
                    "timed out after \(DurationText.format(nanos: timeout)) waiting for \(boundary.to)"
                cursor += timeout
            } else if let failure = served.failure {
                lastFailure = "\(boundary.to) answered with an error: \(failure)"
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
        return (cursor, lastFailure.map { "call to \(boundary.to) failed: \($0)" })
    }

    /// Publishes a message: a producer span now, a consumer run later.
    private func publish(
        _ publish: CompiledScenario.Publish, from caller: LabSpan, service: Int, at start: UInt64
    )
        throws(ScenarioRunError) -> UInt64
    {
        try countSpan()
        let producer = tracers[service].startSpan(
            publish.spanName, context: caller.context, ofKind: .producer, at: instant(start))
        var attributes = SpanAttributes()
        attributes["messaging.destination.name"] = publish.topic
        attributes["messaging.operation.type"] = "publish"
        producer.attributes = attributes
        let propagates = self.propagates[publish.boundary]
        var metadata = MessageMetadata(["x-correlation-id": correlationID])
        if propagates {
            tracers[service].inject(producer.context, into: &metadata, using: MessageMetadataInjector())
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
        while let next = deliveries.indices.min(by: {
            (deliveries[$0].at, deliveries[$0].order) < (deliveries[$1].at, deliveries[$1].order)
        }) {
            let delivery = deliveries.remove(at: next)
            let boundary = compiled.boundaries[delivery.publish.boundary]
            let consumer = compiled.operations[delivery.publish.target].service
            var context = InstrumentationContext.topLevel
            tracers[consumer].extract(delivery.metadata, into: &context, using: MessageMetadataExtractor())
            let handled = try execute(
                delivery.publish.target, kind: .consumer, at: delivery.at, context: context)
            let fields = Self.traceFields(delivery.metadata.properties)
            crossings.append(
                BoundaryCrossing(
                    boundary: boundary.name, from: boundary.from, to: boundary.to, carrier: .message,
                    attempt: 1,
                    propagationEnabled: delivery.propagated, sent: fields, received: fields,
                    callerSpanID: delivery.producer.spanID, callerTraceID: delivery.producer.traceID,
                    calleeSpanID: handled.span.spanID, calleeTraceID: handled.span.traceID))
        }
    }

    /// The server-span attributes of operation `index` for this run.
    private func serverAttributes(_ index: Int) -> SpanAttributes {
        if let built = serverAttributes[index] { return built }
        var attributes = compiled.serverAttributes[index]
        attributes["correlation.id"] = correlationID
        serverAttributes[index] = attributes
        return attributes
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

    /// Only the trace-context fields of HTTP headers, by lowercased name.
    static func traceFields(_ headers: HTTPHeaders) -> [String: String] {
        var fields: [String: String] = [:]
        if let parent = headers[TraceContextHeaders.traceparent] {
            fields[TraceContextHeaders.traceparent] = parent
        }
        if let state = headers[TraceContextHeaders.tracestate] {
            fields[TraceContextHeaders.tracestate] = state
        }
        return fields
    }

    /// Only the trace-context fields of message metadata.
    static func traceFields(_ properties: [String: String]) -> [String: String] {
        properties.filter {
            $0.key == TraceContextHeaders.traceparent || $0.key == TraceContextHeaders.tracestate
        }
    }
}
