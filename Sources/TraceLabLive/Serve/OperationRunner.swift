import AsyncHTTPClient
import Foundation
import Instrumentation
import NIOCore
import NIOHTTP1
import Synchronization
import TraceLabCore
import Tracing

/// Runs a scenario operation's steps for real inside one service process: work is a real wait
/// (scaled), a call is an AsyncHTTPClient request with a real timeout and real retries, a
/// publish hands a message to the parent's queue with the trace context in its metadata.
/// Steps run under the current span, which the caller has made current.
final class OperationRunner: Sendable {
    let settings: ServeSettings
    let lab: LabTracer
    let clients: ServiceClients
    let ledger: CallLedger
    let peers: PeerTable
    let now: @Sendable () -> UInt64
    /// How many times each operation has run, per request (by correlation id).
    private let invocations = Mutex<[InvocationKey: Int]>([:])
    /// Draws for latency distributions and failure rates, seeded per process.
    private let draws: Mutex<SplitMix64>

    init(
        settings: ServeSettings, lab: LabTracer, clients: ServiceClients, ledger: CallLedger,
        peers: PeerTable,
        now: @escaping @Sendable () -> UInt64
    ) {
        self.settings = settings
        self.lab = lab
        self.clients = clients
        self.ledger = ledger
        self.peers = peers
        self.now = now
        self.draws = Mutex(SplitMix64(seed: settings.seed))
    }

    /// A uniform draw in (0, 1].
    private func uniform() -> Double {
        draws.withLock { Double($0.next() >> 11 + 1) / Double(1 << 53) }
    }

    /// The zero-based invocation number of `operation` within the request `correlationID`, as
    /// the simulator counts it: a retried call's second run is number 1 in every request.
    func nextInvocation(of operation: String, correlationID: String) -> Int {
        invocations.withLock { counts in
            let key = InvocationKey(correlationID: correlationID, operation: operation)
            defer { counts[key, default: 0] += 1 }
            return counts[key, default: 0]
        }
    }

    /// Runs `steps`; returns why the operation failed, or nil.
    func run(_ steps: [Scenario.Step], invocation: Int, span: LabSpan?, correlationID: String) async
        -> String?
    {
        for step in steps {
            let failure: String?
            switch step {
            case .work(let durations):
                await RealWait.wait(nanos: settings.scaled(durations[min(invocation, durations.count - 1)]))
                failure = nil
            case .workDistribution(let distribution):
                await RealWait.wait(nanos: settings.scaled(distribution.sample(uniform(), uniform())))
                failure = nil
            case .fail(let message):
                failure = message
            case .failSometimes(let message, let rate):
                failure = uniform() <= rate ? message : nil
            case .log(let message):
                span?.addEvent(
                    SpanEvent(
                        name: "log", at: VirtualInstant(nanosecondsSinceEpoch: now()),
                        attributes: [
                            "log.message": .string(message), "correlation.id": .string(correlationID),
                        ]))
                failure = nil
            case .call(let call):
                failure = await self.call(call, span: span, correlationID: correlationID)
            case .publish(let publish):
                failure = await self.publish(publish, correlationID: correlationID)
            case .parallel(let branches):
                failure = await withTaskGroup(of: String?.self) { group in
                    for branch in branches {
                        group.addTask {
                            await self.run(
                                branch, invocation: invocation, span: span, correlationID: correlationID)
                        }
                    }
                    var first: String?
                    for await result in group where first == nil { first = result }
                    return first
                }
            }
            if let failure { return failure }
        }
        return nil
    }

    private func call(_ call: Scenario.Call, span: LabSpan?, correlationID: String) async -> String? {
        let boundary = "\(settings.service):\(call.service)"
        let propagates = settings.propagation.propagates(boundary)
        guard let port = await peers.port(of: call.service),
            let callee = settings.scenario.service(call.service)
        else {
            return "no process serves \(call.service)"
        }
        let route = LiveRoute(operation: call.operation, service: callee)
        let timeoutNanos = call.timeoutNanos.map(settings.scaled) ?? 60_000_000_000
        var lastFailure: String?
        for attempt in 1...(call.retries + 1) {
            if attempt > 1 { await RealWait.wait(nanos: settings.scaled(call.backoffNanos)) }
            let callID = ledger.newCallID()
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(route.path)")
            request.method = HTTPMethod(rawValue: route.method)
            request.headers.add(name: "x-correlation-id", value: correlationID)
            request.headers.add(name: ServiceTracer.callHeader, value: callID)
            lastFailure = await send(
                request, with: clients.client(propagates: propagates), timeoutNanos: timeoutNanos,
                callee: call.service)
            if let client = ledger.clientSpan(for: callID) {
                ledger.record(
                    CrossingHalf(
                        callID: callID, side: .caller, boundary: boundary, carrier: "http", attempt: attempt,
                        propagation: propagates, fields: ledger.sentFields(for: callID),
                        spanID: client.spanID.hex,
                        traceID: client.traceID.hex))
            }
            guard let failure = lastFailure else { break }
            if attempt <= call.retries {
                span?.addEvent(
                    SpanEvent(
                        name: "retry", at: VirtualInstant(nanosecondsSinceEpoch: now()),
                        attributes: [
                            "retry.attempt": .int64(Int64(attempt + 1)), "retry.reason": .string(failure),
                        ]))
            }
        }
        return lastFailure.map { "call to \(call.service) failed: \($0)" }
    }

    /// Sends one attempt; returns why it failed, or nil.
    private func send(
        _ request: HTTPClientRequest, with client: HTTPClient, timeoutNanos: UInt64, callee: String
    )
        async -> String?
    {
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(Int64(timeoutNanos)))
            let body = try await response.body.collect(upTo: 64 * 1024)
            guard response.status.code < 400 else {
                return
                    "\(callee) answered with an error: \(TextCleaning.oneLine(String(buffer: body), limit: 200))"
            }
            return nil
        } catch let error as HTTPClientError where error == .deadlineExceeded {
            return "timed out after \(DurationText.format(nanos: timeoutNanos)) waiting for \(callee)"
        } catch {
            return "cannot reach \(callee): \(TextCleaning.oneLine("\(error)", limit: 200))"
        }
    }

    private func publish(_ publish: Scenario.Publish, correlationID: String) async -> String? {
        let boundary = "\(settings.service):\(publish.consumer)"
        let propagates = settings.propagation.propagates(boundary)
        let producer = lab.startSpan(
            "publish \(publish.topic)", context: InstrumentationContext.current ?? .topLevel,
            ofKind: .producer,
            at: VirtualInstant(nanosecondsSinceEpoch: now()))
        var attributes = SpanAttributes()
        attributes["messaging.destination.name"] = publish.topic
        attributes["messaging.operation.type"] = "publish"
        producer.attributes = attributes
        var metadata = MessageMetadata(["x-correlation-id": correlationID])
        if propagates {
            lab.inject(producer.context, into: &metadata, using: MessageMetadataInjector())
        }
        await RealWait.wait(nanos: settings.scaled(publish.durationNanos))
        let message = QueuedMessage(
            id: ledger.newCallID(), topic: publish.topic, consumer: publish.consumer,
            operation: publish.operation,
            holdNanos: settings.scaled(publish.queueDelayNanos), metadata: metadata.properties, body: "{}")
        let failure = await HubClient(port: settings.hubPort).enqueue(message)
        if let failure { producer.setStatus(SpanStatus(code: .error, message: failure)) }
        producer.end(at: VirtualInstant(nanosecondsSinceEpoch: now()))
        ledger.record(
            CrossingHalf(
                callID: message.id, side: .caller, boundary: boundary, carrier: "message", attempt: 1,
                propagation: propagates, fields: TraceFields.of(metadata.properties),
                spanID: producer.spanContext.spanID.hex, traceID: producer.spanContext.traceID.hex))
        return failure.map { "publish to \(publish.topic) failed: \($0)" }
    }
}

/// Only the trace-context entries of a carrier.
enum TraceFields {
    static func of(_ properties: [String: String]) -> [String: String] {
        properties.filter {
            $0.key == TraceContextHeaders.traceparent || $0.key == TraceContextHeaders.tracestate
        }
    }
}

/// An operation within one request.
private struct InvocationKey: Hashable {
    let correlationID: String
    let operation: String
}
