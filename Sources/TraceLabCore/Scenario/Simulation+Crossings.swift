import Instrumentation
import Tracing

/// How requests and messages move between services: user arrivals, call attempts with their
/// timeouts and retries, answers, and messages delivered to consumers. Every crossing's
/// carrier is written by the caller's tracer and read by the callee's, which record both.
extension Simulation {
    /// A user request reaches the entry service.
    func arrive(_ request: Int) throws(ScenarioRunError) {
        let correlationID = "req-" + String(ids.nextSpanID().hex.prefix(12))
        requests[request].correlationID = correlationID
        var headers = HTTPHeaders([("x-correlation-id", correlationID)])
        headers.add(name: "content-type", value: "application/json")
        let entry = compiled.operations[compiled.entry]
        var context = InstrumentationContext.topLevel
        tracers[entry.service].extract(headers, into: &context, using: HTTPHeadersExtractor())
        let invocation = try startInvocation(
            compiled.entry, kind: .server, request: request, context: context, attempt: nil)
        requests[request].spanID = invocations[invocation].span.spanContext.spanID
        admit(invocation)
    }

    /// Starts attempt `number` of a call from frame `frame`: the client span, the headers its
    /// tracer injects when the boundary propagates, and the events for arrival and timeout.
    func startAttempt(frame: Int, call: CompiledScenario.Call, number: Int) throws(ScenarioRunError) {
        let caller = invocations[frames[frame].invocation]
        let tracer = tracers[compiled.operations[caller.operation].service]
        try countSpan()
        let client = tracer.startSpan(
            call.clientName, context: caller.span.context, ofKind: .client, at: instant(now))
        var attributes = compiled.clientAttributes[call.boundary]
        if number > 1 { attributes["http.request.resend_count"] = number - 1 }
        client.attributes = attributes
        var headers = HTTPHeaders([("x-correlation-id", requests[caller.request].correlationID)])
        var sent: [String: String] = [:]
        if propagates[call.boundary] {
            tracer.inject(client.context, into: &headers, using: HTTPHeadersInjector())
            if let injection = recorder.lastInjection, injection.spanContext == client.spanContext {
                sent = injection.fields
            }
        }
        crossings.append(nil)
        crossingRequests.append(caller.request + 1)
        attempts.append(
            Attempt(
                frame: frame, call: call, number: number, client: client, crossing: crossings.count - 1,
                headers: headers, sent: sent))
        let attempt = attempts.count - 1
        queue.schedule(.reach(attempt), at: now + scenario.networkLatencyNanos)
        if let timeout = call.timeoutNanos {
            queue.schedule(.timeout(attempt), at: now + timeout, rank: 2)
        }
    }

    /// An attempt's request reaches the callee, whose tracer extracts the context and starts its server span.
    func reach(_ index: Int) throws(ScenarioRunError) {
        let attempt = attempts[index]
        let request = invocations[frames[attempt.frame].invocation].request
        let target = compiled.operations[attempt.call.target]
        var context = InstrumentationContext.topLevel
        tracers[target.service].extract(attempt.headers, into: &context, using: HTTPHeadersExtractor())
        let received = recorder.lastExtraction?.fields ?? [:]
        let invocation = try startInvocation(
            attempt.call.target, kind: .server, request: request, context: context, attempt: index)
        let boundary = compiled.boundaries[attempt.call.boundary]
        let served = invocations[invocation].span.spanContext
        crossings[attempt.crossing] = BoundaryCrossing(
            boundary: boundary.name, from: boundary.from, to: boundary.to, carrier: .http,
            attempt: attempt.number,
            propagationEnabled: propagates[attempt.call.boundary], sent: attempt.sent, received: received,
            callerSpanID: attempt.client.spanContext.spanID,
            callerTraceID: attempt.client.spanContext.traceID,
            calleeSpanID: served.spanID, calleeTraceID: served.traceID)
        admit(invocation)
    }

    /// The caller stops waiting on an attempt, answered or timed out; it retries after the
    /// backoff or lets its frame go on.
    func settle(_ index: Int, failure: String?) throws(ScenarioRunError) {
        attempts[index].settled = true
        let attempt = attempts[index]
        let caller = invocations[frames[attempt.frame].invocation]
        let retries = failure != nil && attempt.number <= attempt.call.retries
        if let failure {
            attempt.client.setStatus(SpanStatus(code: .error, message: failure))
            if retries {
                caller.span.addEvent(
                    SpanEvent(
                        name: "retry", at: instant(now),
                        attributes: [
                            "retry.attempt": .int64(Int64(attempt.number + 1)),
                            "retry.reason": .string(failure),
                        ]))
            }
        }
        end(attempt.client, at: now, request: caller.request)
        if retries {
            queue.schedule(.retry(index), at: now + attempt.call.backoffNanos)
            return
        }
        let to = compiled.boundaries[attempt.call.boundary].to
        frames[attempt.frame].failure = failure.map { "call to \(to) failed: \($0)" }
        try advance(attempt.frame)
    }

    /// Publishes a message from frame `frame`: a producer span now, a delivery later. Returns
    /// when publishing is done.
    func publish(_ publish: CompiledScenario.Publish, frame: Int) throws(ScenarioRunError) -> UInt64 {
        let caller = invocations[frames[frame].invocation]
        let tracer = tracers[compiled.operations[caller.operation].service]
        try countSpan()
        let producer = tracer.startSpan(
            publish.spanName, context: caller.span.context, ofKind: .producer, at: instant(now))
        var attributes = SpanAttributes()
        attributes["messaging.destination.name"] = publish.topic
        attributes["messaging.operation.type"] = "publish"
        producer.attributes = attributes
        var metadata = MessageMetadata(["x-correlation-id": requests[caller.request].correlationID])
        var sent: [String: String] = [:]
        if propagates[publish.boundary] {
            tracer.inject(producer.context, into: &metadata, using: MessageMetadataInjector())
            if let injection = recorder.lastInjection, injection.spanContext == producer.spanContext {
                sent = injection.fields
            }
        }
        let done = now + publish.durationNanos
        end(producer, at: done, request: caller.request)
        crossings.append(nil)
        crossingRequests.append(caller.request + 1)
        messages.append(
            Message(
                request: caller.request, publish: publish, metadata: metadata, producer: producer.spanContext,
                sent: sent, crossing: crossings.count - 1, deliveredAt: done + publish.queueDelayNanos))
        queue.schedule(.deliver(messages.count - 1), at: done + publish.queueDelayNanos)
        return done
    }

    /// A message is ready: its consumer takes it when it has a free worker.
    func deliver(_ message: Int) throws(ScenarioRunError) {
        let service = compiled.operations[messages[message].publish.target].service
        if pools[service].capacity == nil || pools[service].acquire() {
            try startConsumer(message)
        } else {
            pools[service].wait(.message(message))
        }
    }

    /// Starts a message's consumer span, holding a worker when the service has a pool.
    func startConsumer(_ index: Int) throws(ScenarioRunError) {
        let message = messages[index]
        let target = compiled.operations[message.publish.target]
        var context = InstrumentationContext.topLevel
        tracers[target.service].extract(message.metadata, into: &context, using: MessageMetadataExtractor())
        let received = recorder.lastExtraction?.fields ?? [:]
        let invocation = try startInvocation(
            message.publish.target, kind: .consumer, request: message.request, context: context, attempt: nil)
        if pools[target.service].capacity != nil {
            recordWorkerWait(on: invocations[invocation].span, since: message.deliveredAt)
        }
        let boundary = compiled.boundaries[message.publish.boundary]
        let handled = invocations[invocation].span.spanContext
        crossings[message.crossing] = BoundaryCrossing(
            boundary: boundary.name, from: boundary.from, to: boundary.to, carrier: .message, attempt: 1,
            propagationEnabled: propagates[message.publish.boundary], sent: message.sent, received: received,
            callerSpanID: message.producer.spanID, callerTraceID: message.producer.traceID,
            calleeSpanID: handled.spanID, calleeTraceID: handled.traceID)
        begin(invocation)
    }
}
