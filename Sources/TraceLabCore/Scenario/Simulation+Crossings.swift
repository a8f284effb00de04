/// How requests and messages move between services: user arrivals, call attempts with their
/// timeouts and retries, answers, and messages delivered to consumers. Every crossing's
/// carrier is written by the caller's tracer and read by the callee's, which record both.
extension Simulation {
    /// A user request reaches the entry service. Its headers carry a correlation id and no
    /// trace context, so the entry service's tracer starts a trace.
    func arrive(_ request: Int) throws(ScenarioRunError) {
        requests[request].correlationID = "req-" + String(ids.nextSpanID().hex.prefix(12))
        let entry = compiled.operations[compiled.entry]
        let parent = tracers[entry.service].extract(TraceContextFields())
        let invocation = try startInvocation(
            compiled.entry, kind: .server, request: request, parent: parent, attempt: nil)
        requests[request].spanID = invocations[invocation].context.spanID
        admit(invocation)
    }

    /// Starts attempt `number` of a call from frame `frame`: the client span, the headers its
    /// tracer injects when the boundary propagates, and the events for arrival and timeout.
    func startAttempt(frame: Int, call: CompiledScenario.Call, number: Int) throws(ScenarioRunError) {
        let caller = invocations[frames[frame].invocation]
        let tracer = tracers[compiled.operations[caller.operation].service]
        try countSpan()
        let context = tracer.newSpanContext(parent: caller.context)
        var attributes = SpanAttributeStore(shared: compiled.clientAttributes[call.boundary])
        if number > 1 { attributes.set("http.request.resend_count", .int(Int64(number - 1))) }
        let client = open.open(
            OpenSpans.Span(
                context: context, parentSpanID: caller.context.spanID, service: tracer.service,
                name: call.clientName, kind: .client, startNanos: now, attributes: attributes))
        let sent = propagates[call.boundary] ? tracer.inject(context) : TraceContextFields()
        crossings.append(nil)
        crossingRequests.append(caller.request + 1)
        attempts.append(
            Attempt(
                frame: frame, call: call, number: number, client: client, clientContext: context,
                crossing: crossings.count - 1, sent: sent))
        let attempt = attempts.count - 1
        queue.schedule(.reach(attempt), at: now + scenario.networkLatencyNanos)
        if let timeout = call.timeoutNanos {
            queue.schedule(.timeout(attempt), at: now + timeout, rank: 2)
        }
    }

    /// An attempt's request reaches the callee, whose tracer extracts the context from the
    /// headers and starts its server span.
    func reach(_ index: Int) throws(ScenarioRunError) {
        let attempt = attempts[index]
        let request = invocations[frames[attempt.frame].invocation].request
        let target = compiled.operations[attempt.call.target]
        let parent = tracers[target.service].extract(attempt.sent)
        let invocation = try startInvocation(
            attempt.call.target, kind: .server, request: request, parent: parent, attempt: index)
        let boundary = compiled.boundaries[attempt.call.boundary]
        let served = invocations[invocation].context
        crossings[attempt.crossing] = BoundaryCrossing(
            boundary: boundary.name, from: boundary.from, to: boundary.to, carrier: .http,
            attempt: attempt.number, propagationEnabled: propagates[attempt.call.boundary],
            sentFields: attempt.sent, receivedFields: attempt.sent,
            callerSpanID: attempt.clientContext.spanID, callerTraceID: attempt.clientContext.traceID,
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
            open[attempt.client].status = .error(failure)
            if retries {
                open[caller.span].events.append(
                    RecordedSpan.Event(
                        name: "retry", timeNanos: now,
                        attributes: [
                            "retry.attempt": .int(Int64(attempt.number + 1)),
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
        let context = tracer.newSpanContext(parent: caller.context)
        let producer = open.open(
            OpenSpans.Span(
                context: context, parentSpanID: caller.context.spanID, service: tracer.service,
                name: publish.spanName, kind: .producer, startNanos: now,
                attributes: SpanAttributeStore(shared: publish.attributes)))
        let sent = propagates[publish.boundary] ? tracer.inject(context) : TraceContextFields()
        let done = now + publish.durationNanos
        end(producer, at: done, request: caller.request)
        crossings.append(nil)
        crossingRequests.append(caller.request + 1)
        messages.append(
            Message(
                request: caller.request, publish: publish, producer: context, sent: sent,
                crossing: crossings.count - 1, deliveredAt: done + publish.queueDelayNanos))
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

    /// Starts a message's consumer span, holding a worker when the service has a pool; its
    /// tracer extracts the context from the message's metadata.
    func startConsumer(_ index: Int) throws(ScenarioRunError) {
        let message = messages[index]
        let target = compiled.operations[message.publish.target]
        let parent = tracers[target.service].extract(message.sent)
        let invocation = try startInvocation(
            message.publish.target, kind: .consumer, request: message.request, parent: parent, attempt: nil)
        if pools[target.service].capacity != nil {
            recordWorkerWait(on: invocations[invocation].span, since: message.deliveredAt)
        }
        let boundary = compiled.boundaries[message.publish.boundary]
        let handled = invocations[invocation].context
        crossings[message.crossing] = BoundaryCrossing(
            boundary: boundary.name, from: boundary.from, to: boundary.to, carrier: .message, attempt: 1,
            propagationEnabled: propagates[message.publish.boundary], sentFields: message.sent,
            receivedFields: message.sent, callerSpanID: message.producer.spanID,
            callerTraceID: message.producer.traceID, calleeSpanID: handled.spanID,
            calleeTraceID: handled.traceID)
        begin(invocation)
    }
}
