/// How requests and messages move between services: user arrivals, call attempts with their
/// timeouts and retries, answers, and messages delivered to consumers. Every crossing's
/// carrier is written by the caller's tracer and read by the callee's, which record both.
extension Simulation {
    /// A user request reaches the entry service. Its headers carry a correlation id and no
    /// trace context, so the entry service's tracer starts a trace.
    mutating func arrive(_ request: Int) throws(ScenarioRunError) {
        correlationIDs[request] = Self.correlationID(ids.nextSpanID())
        correlationBytes[request] = OTLPSpanSize.attributeBytes(
            key: Self.correlationKey, value: .string(correlationIDs[request]))
        let service = compiled.operations[compiled.entry].service
        let parent = tracers.with(service) { $0.extract(TraceContextFields()) }
        let invocation = try startInvocation(
            compiled.entry, kind: .server, request: request, parent: parent, caller: nil, attempt: -1)
        requests[request].spanID = invocationContexts[invocation].spanID
        try admit(invocation)
    }

    /// `req-` and the first 11 hex digits of `id`, written in one buffer: 15 bytes, short
    /// enough for a `String` to hold inline, so a request's id costs no allocation and the
    /// spans and log lines that carry it no reference count.
    private static func correlationID(_ id: SpanID) -> String {
        String(unsafeUninitializedCapacity: 15) { buffer in
            buffer[0] = UInt8(ascii: "r")
            buffer[1] = UInt8(ascii: "e")
            buffer[2] = UInt8(ascii: "q")
            buffer[3] = UInt8(ascii: "-")
            LowercaseHex.write(id.value >> 20, into: buffer, at: 4, digits: 11)
            return 15
        }
    }

    /// Starts attempt `number` of call `call` (a position in the compiled calls) from frame
    /// `frame`: the client span, the headers its tracer injects when the boundary propagates, and
    /// the events for arrival and timeout.
    mutating func startAttempt(frame: Int, call: Int, number: Int) throws(ScenarioRunError) {
        let caller = frames[frame].invocation
        let request = invocations[caller].request
        let service = compiled.operations[invocations[caller].operation].service
        let boundary = compiled.calls[call].boundary
        try countSpan()
        let parent = invocationContexts[caller]
        let context = tracers.with(service) { $0.newContext(childOf: parent) }
        let client = open.open(
            context: context, trace: invocations[caller].trace, parentSpanID: parent.spanID,
            service: compiled.services[service],
            name: compiled.calls[call].clientName, kind: .client, startNanos: now,
            attributes: SpanAttributeStore(shared: compiled.clientAttributes[boundary]),
            attributesBytes: compiled.clientAttributesBytes[boundary])
        if number > 1 { open.setAttribute(client, "http.request.resend_count", .int(Int64(number - 1))) }
        let sent = propagates[boundary] ? tracers.with(service) { $0.inject(context) } : TraceContextFields()
        crossings.append(
            placeholder(boundary: boundary, carrier: .http, attempt: number, caller: context, sent: sent))
        crossingRequests.append(request + 1)
        attempts.append(
            Attempt(
                frame: frame, call: call, number: number, client: client, clientSpanID: context.spanID,
                clientTraceID: context.traceID, crossing: crossings.count - 1, request: request,
                callerTrace: invocations[caller].trace))
        let attempt = attempts.count - 1
        queue.schedule(
            .reach(attempt), at: now + scenario.networkLatencyNanos, afterDelay: scenario.networkLatencyNanos)
        if let timeout = compiled.calls[call].timeoutNanos {
            queue.schedule(.timeout(attempt), at: now + timeout, rank: 2, afterDelay: timeout)
        }
    }

    /// The crossing as its caller leaves it: who called, what it sent; the callee's side is filled
    /// in when it starts.
    private func placeholder(
        boundary index: Int, carrier: BoundaryCrossing.Carrier, attempt: Int, caller: SpanContext,
        sent: TraceContextFields
    ) -> BoundaryCrossing {
        let boundary = compiled.boundaries[index]
        return BoundaryCrossing(
            boundary: compiled.boundaryNames[index], from: boundary.from, to: boundary.to, carrier: carrier,
            attempt: attempt,
            propagationEnabled: propagates[index], sentFields: sent,
            receivedFields: TraceContextFields(), callerSpanID: caller.spanID, callerTraceID: caller.traceID,
            calleeSpanID: caller.spanID, calleeTraceID: caller.traceID)
    }

    /// An attempt's request reaches the callee, whose tracer extracts the context from the
    /// headers and starts its server span.
    mutating func reach(_ index: Int) throws(ScenarioRunError) {
        let request = attempts[index].request
        let target = compiled.calls[attempts[index].call].target
        let crossing = attempts[index].crossing
        // The carrier arrives as it was sent.
        let sentFields = crossings[crossing].sentFields
        let parent = tracers.with(compiled.operations[target].service) { $0.extract(sentFields) }
        let caller = (traceID: attempts[index].clientTraceID, trace: attempts[index].callerTrace)
        let invocation = try startInvocation(
            target, kind: .server, request: request, parent: parent, caller: caller, attempt: index)
        crossings[crossing].receivedFields = crossings[crossing].sentFields
        crossings[crossing].calleeSpanID = invocationContexts[invocation].spanID
        crossings[crossing].calleeTraceID = invocationContexts[invocation].traceID
        try admit(invocation)
    }

    /// The caller stops waiting on an attempt, answered or timed out; it retries after the
    /// backoff or lets its frame go on.
    mutating func settle(_ index: Int, failure message: String?) throws(ScenarioRunError) {
        attempts[index].settled = true
        let attempt = attempts[index]
        let call = attempt.call
        let retries = message != nil && attempt.number <= compiled.calls[call].retries
        if let message {
            open[attempt.client].status = .error(message)
            if retries {
                let caller = frames[attempt.frame].invocation
                let attributes = retryAttributes(call: call, attempt: attempt.number + 1, reason: message)
                open.addEvent(
                    invocations[caller].span,
                    RecordedSpan.Event(name: "retry", timeNanos: now, attributes: attributes))
            }
        }
        end(attempt.client, at: now, request: attempt.request)
        if retries {
            queue.schedule(
                .retry(index), at: now + compiled.calls[call].backoffNanos,
                afterDelay: compiled.calls[call].backoffNanos)
            return
        }
        if let message {
            let to = compiled.boundaries[compiled.calls[call].boundary].to
            frames[attempt.frame].failure = failure("call to \(to) failed: \(message)")
        }
        try advance(attempt.frame)
    }

    /// The attributes of a `retry` event: the last ones made for `call` when the attempt and the
    /// reason are the same (most retries of a run repeat them), so spans share one dictionary.
    private mutating func retryAttributes(call: Int, attempt: Int, reason: String) -> [String: AttributeValue]
    {
        if let last = lastRetryAttributes[call], last.attempt == attempt, last.reason == reason {
            return last.attributes
        }
        let attributes: [String: AttributeValue] = [
            "retry.attempt": .int(Int64(attempt)), "retry.reason": .string(reason),
        ]
        lastRetryAttributes[call] = (attempt, reason, attributes)
        return attributes
    }

    /// Publishes a message with publish `publish` (a position in the compiled publishes) from
    /// frame `frame`: a producer span now, a delivery later. Returns when publishing is done.
    mutating func publish(_ publish: Int, frame: Int) throws(ScenarioRunError) -> UInt64 {
        let caller = frames[frame].invocation
        let request = invocations[caller].request
        let service = compiled.operations[invocations[caller].operation].service
        let boundary = compiled.publishes[publish].boundary
        try countSpan()
        let parent = invocationContexts[caller]
        let context = tracers.with(service) { $0.newContext(childOf: parent) }
        let producer = open.open(
            context: context, trace: invocations[caller].trace, parentSpanID: parent.spanID,
            service: compiled.services[service],
            name: compiled.publishes[publish].spanName, kind: .producer, startNanos: now,
            attributes: SpanAttributeStore(shared: compiled.publishes[publish].attributes),
            attributesBytes: compiled.publishes[publish].attributesBytes)
        let sent = propagates[boundary] ? tracers.with(service) { $0.inject(context) } : TraceContextFields()
        let done = now + compiled.publishes[publish].durationNanos
        end(producer, at: done, request: request)
        crossings.append(
            placeholder(boundary: boundary, carrier: .message, attempt: 1, caller: context, sent: sent))
        crossingRequests.append(request + 1)
        let deliveredAt = done + compiled.publishes[publish].queueDelayNanos
        messages.append(
            Message(
                request: request, publish: publish, producerSpanID: context.spanID,
                producerTraceID: context.traceID, producerTrace: invocations[caller].trace,
                crossing: crossings.count - 1, deliveredAt: deliveredAt))
        queue.schedule(.deliver(messages.count - 1), at: deliveredAt, afterDelay: deliveredAt - now)
        return done
    }

    /// A message is ready: its consumer takes it when it has a free worker.
    mutating func deliver(_ message: Int) throws(ScenarioRunError) {
        let target = compiled.publishes[messages[message].publish].target
        let service = compiled.operations[target].service
        if pools[service].capacity == nil || pools[service].acquire() {
            try startConsumer(message)
        } else {
            pools[service].wait(.message(message))
        }
    }

    /// Starts a message's consumer span, holding a worker when the service has a pool; its
    /// tracer extracts the context from the message's metadata.
    mutating func startConsumer(_ index: Int) throws(ScenarioRunError) {
        let message = messages[index]
        let target = compiled.publishes[message.publish].target
        let service = compiled.operations[target].service
        let sentFields = crossings[message.crossing].sentFields
        let parent = tracers.with(service) { $0.extract(sentFields) }
        let invocation = try startInvocation(
            target, kind: .consumer, request: message.request, parent: parent,
            caller: (message.producerTraceID, message.producerTrace), attempt: -1)
        if pools[service].capacity != nil {
            recordWorkerWait(on: invocations[invocation].span, since: message.deliveredAt)
        }
        crossings[message.crossing].receivedFields = crossings[message.crossing].sentFields
        crossings[message.crossing].calleeSpanID = invocationContexts[invocation].spanID
        crossings[message.crossing].calleeTraceID = invocationContexts[invocation].traceID
        try begin(invocation)
    }
}
