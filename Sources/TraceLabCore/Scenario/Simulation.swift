/// One run's mutable state and its scheduler: events come off an ``EventQueue`` in time order
/// and each is handed to the step interpreter (`Simulation+Steps.swift`) or to the code that
/// moves requests and messages between services (`Simulation+Crossings.swift`). Nothing here
/// recurses over the call graph, so a chain of any depth runs in linear time on a flat stack.
/// Each service's ``LabTracer`` gives its spans their ids and sampled flag and writes and reads
/// every carrier, and the crossing keeps what was sent and received; the spans themselves are plain
/// values in ``OpenSpans`` until they end. A value type, so its state needs no run-time
/// exclusivity checks; lives only inside ``ScenarioEngine/run(_:)``.
struct Simulation: ~Copyable {
    enum Event {
        /// User request number `index + 1` reaches the entry service.
        case arrival(Int)
        /// A frame continues with its next step.
        case resume(Int)
        /// The attempt after this one starts, once the backoff is over.
        case retry(Int)
        /// An attempt's HTTP request reaches the called service.
        case reach(Int)
        /// The called service's answer reaches the caller.
        case answer(Int)
        /// The caller stops waiting for an attempt.
        case timeout(Int)
        /// A message becomes available to its consumer.
        case deliver(Int)
    }

    // The records below hold only numbers and ids, so reading one copies no reference; the
    // strings and contexts that go with them live in arrays of their own.

    /// One run of an operation, as a server or consumer span.
    struct Invocation {
        @Narrow var request: Int
        @Narrow var operation: Int
        /// 0 for the operation's first run within the request, 1 for the second, and so on.
        @Narrow var number: Int
        /// The invocation's span, in ``Simulation/open``.
        @Narrow var span: Int
        /// The call attempt this invocation answers, or -1 when it was not called.
        @Narrow var attempt: Int
        /// The run's number for the invocation's trace (see ``Simulation/newTrace()``).
        let trace: Int32
        let startedAt: UInt64
    }

    /// A list of steps being interpreted: an operation's, or one branch of a `parallel` step.
    struct Frame {
        @Narrow var invocation: Int
        @Narrow var block: Int
        @Narrow var position = 0
        /// Why the frame failed, a position in ``Simulation/failures``; -1 while it has not.
        @Narrow var failure = -1
        /// The frame waiting for this branch to end, or -1.
        @Narrow var parent: Int
        /// The branch frames of the `parallel` step being run: `firstBranch..<firstBranch + branches`.
        @Narrow var firstBranch = 0
        @Narrow var branches = 0
        @Narrow var openBranches = 0
    }

    /// One attempt of a synchronous call.
    struct Attempt {
        @Narrow var frame: Int
        /// A position in the compiled scenario's calls.
        @Narrow var call: Int
        @Narrow var number: Int
        /// The client span, in ``Simulation/open`` until the attempt settles.
        @Narrow var client: Int
        let clientSpanID: SpanID
        let clientTraceID: TraceID
        @Narrow var crossing: Int
        var settled = false
        /// Why the callee failed, a position in ``Simulation/failures``, or -1.
        @Narrow var calleeFailure = -1
        /// The caller's request and the run's number for its trace, copied here so that an
        /// answer or an arrival, long after the attempt started, reads this record only and not
        /// also its frame and invocation, which are rarely still in the processor's caches.
        @Narrow var request: Int
        let callerTrace: Int32
    }

    /// One published message.
    struct Message {
        let request: Int
        /// A position in the compiled scenario's publishes.
        let publish: Int
        let producerSpanID: SpanID
        let producerTraceID: TraceID
        /// The run's number for the producer's trace.
        let producerTrace: Int32
        let crossing: Int
        let deliveredAt: UInt64
    }

    struct Request {
        let arrival: UInt64
        var spanID = SpanID(0)
        /// Where this request's run counts start in ``Simulation/runCounts``, or -1 before the first.
        var runCounts = -1
    }

    let scenario: Scenario
    let compiled: CompiledScenario
    let options: RunOptions
    let cancellation: RunCancellation
    /// How many events run between two questions to ``cancellation``.
    static let eventsBetweenChecks = 1_024
    let recorder: SpanRecorder
    let logRecorder = LogRecorder()
    let ids: SeededIDSource
    var jitter: SplitMix64
    var variation: SplitMix64
    let tracers: LentTracers
    let loggers: [LabLogger]
    let propagates: [Bool]
    var queue = EventQueue<Event>()
    var open: OpenSpans
    var now: UInt64 = 0
    var requests: [Request] = []
    /// Each request's `x-correlation-id`, parallel to ``requests``.
    var correlationIDs: [String] = []
    /// The OTLP/protobuf size of each request's correlation id attribute.
    var correlationBytes: [Int] = []
    /// How many times each operation has run within a request: one row per request that started.
    var runCounts = RunTable<Int>()
    var invocations = RunTable<Invocation>()
    /// Each invocation's span context, parallel to ``invocations``.
    var invocationContexts = RunTable<SpanContext>()
    var frames = RunTable<Frame>()
    var attempts = RunTable<Attempt>()
    var messages = RunTable<Message>()
    /// Failure messages made during the run, named by position from frames and attempts.
    var failures: [String] = []
    var pools: [WorkerPool]
    /// Every crossing in the order it started; one whose callee has not started yet holds the
    /// caller's side only, with what its tracer wrote into the carrier.
    var crossings: [BoundaryCrossing] = []
    /// Finished spans in the order they ended.
    var finished: [RecordedSpan] = []
    var crossingRequests = RunTable<Int>()
    var spanRequests = RunTable<Int>()
    /// The run's number for each finished span's trace, parallel to ``finished``: traces are
    /// numbered as they start, and renumbered in the order their first span ended once the run
    /// is over (``LabRun/spanTraces``).
    var spanTraces = RunTable<Int32>()
    /// How many traces have started.
    var traceCount: Int32 = 0
    /// Each started trace's id, at the number it started with.
    var startedTraceIDs = RunTable<TraceID>()
    /// Spans whose sampled flag was off: timed, never exported. Listed as they end; the run
    /// makes a set of them only if asked (see ``DroppedSpans``).
    var sampledOut: [SpanID] = []
    /// The attributes of the last `retry` event of each call (a position in the compiled calls).
    var lastRetryAttributes: [(attempt: Int, reason: String, attributes: [String: AttributeValue])?]
    var spansStarted = 0
    /// True while ``begin(_:)`` runs a frame's first steps itself.
    var beginningAtOnce = false
    var unfinished = 0
    /// Attributes of a consumer span, per request: only the correlation id.
    static let correlationKey = "correlation.id"
    /// The attribute recording how long a request or message waited for a free worker.
    static let workerWaitKey = "tracelab.worker.wait_ms"

    init(
        scenario: Scenario, compiled: CompiledScenario, options: RunOptions,
        cancellation: RunCancellation = .never
    ) {
        self.scenario = scenario
        self.compiled = compiled
        self.options = options
        self.cancellation = cancellation
        let ids = SeededIDSource(seed: options.seed)
        self.ids = ids
        // The crossings keep what each carrier held; the recorder need not hold it again.
        recorder = SpanRecorder(keepingCarriers: false)
        jitter = SplitMix64(seed: options.seed ^ 0x6A09_E667_F3BC_C908)
        variation = SplitMix64(seed: options.seed ^ 0x3C6E_F372_FE94_F82B)
        let recorder = recorder
        let logRecorder = self.logRecorder
        tracers = LentTracers(
            compiled.services.map {
                LabTracer(
                    service: $0, recorder: recorder, ids: ids, sampler: options.sampling.sampler(for: $0))
            })
        loggers = compiled.services.map { LabLogger(service: $0, recorder: logRecorder) }
        propagates = compiled.boundaryNames.map { options.propagation.propagates($0) }
        pools = compiled.workers.map { WorkerPool(capacity: $0) }
        open = OpenSpans(measuring: options.sampling != .keepAll)
        lastRetryAttributes = Array(repeating: nil, count: compiled.calls.count)
    }

    mutating func run() throws(ScenarioRunError) -> LabRun {
        reserve(spans: try checkSpanBudget())
        var arrivals = SplitMix64(seed: options.seed ^ 0xBB67_AE85_84CA_A73B)
        let offsets = options.arrivals.offsets(
            count: options.requests, rate: options.ratePerSecond, generator: &arrivals)
        requests = offsets.map { Request(arrival: options.epochNanos + $0) }
        correlationIDs = Array(repeating: "", count: offsets.count)
        correlationBytes = Array(repeating: 0, count: offsets.count)
        // Only the next arrival waits in the queue, which keeps the heap as small as the work in
        // flight; the arrivals keep the first places in the order, as if all were scheduled now.
        queue.reservePlaces(requests.count)
        queue.schedule(.arrival(0), at: requests[0].arrival, reservedPlace: 0)
        var sinceCheck = 0
        while let (at, event) = queue.next() {
            now = at
            try handle(event)
            sinceCheck += 1
            if sinceCheck == Self.eventsBetweenChecks {
                sinceCheck = 0
                try cancellation.stopIfCancelled()
            }
        }
        if unfinished > 0 { throw stuck() }
        let spans = finished
        finished = []
        var run = LabRun(
            scenarioID: scenario.id, spans: spans, crossings: crossings,
            requestSpanID: requests[0].spanID, epochNanos: options.epochNanos,
            requests: requests.indices.map { index in
                SimulatedRequest(
                    number: index + 1, arrivalNanos: requests[index].arrival,
                    correlationID: correlationIDs[index],
                    requestSpanID: requests[index].spanID)
            },
            spanRequests: spanRequests.takeArray(), crossingRequests: crossingRequests.takeArray(),
            logs: logRecorder.drain())
        run.spanBytes = open.takeSizes()
        let (traces, order) = Self.renumberedByFirstEnd(spanTraces.takeArray(), traceCount: Int(traceCount))
        run.spanTraces = traces
        run.traceIDsByNumber = Self.renumbered(startedTraceIDs.takeArray(), order: order)
        run.sampling = options.sampling
        var dropped = sampledOut
        var kept = open.takeSampledFlags()
        var tallies: [TraceTally] = []
        if case .tail(let rules) = options.sampling.policy {
            let decision = TailSampler(rules: rules).decide(
                run, reached: sampledOut.isEmpty ? [] : kept, sizes: run.spanBytes)
            // Spans a head decision dropped never reached the collector: the two lists share none.
            dropped += decision.droppedIDs
            run.tailBuffering = decision.buffering
            kept = decision.kept
            tallies = decision.tallies
        }
        // The set of dropped spans is only built if something looks a span up in it.
        run.droppedSpans = DroppedSpans(distinct: dropped)
        // Set last: changing the dropped spans forgets the flags and totals.
        run.spanKept = kept
        run.traceTallies = tallies
        return run
    }

    private mutating func handle(_ event: Event) throws(ScenarioRunError) {
        switch event {
        case .arrival(let request):
            if request + 1 < requests.count {
                queue.schedule(
                    .arrival(request + 1), at: requests[request + 1].arrival, reservedPlace: request + 1)
            }
            try arrive(request)
        case .resume(let frame): try advance(frame)
        case .retry(let attempt):
            try startAttempt(
                frame: attempts[attempt].frame, call: attempts[attempt].call,
                number: attempts[attempt].number + 1)
        case .reach(let attempt): try reach(attempt)
        case .answer(let attempt):
            guard !attempts[attempt].settled else { return }
            let calleeFailure = attempts[attempt].calleeFailure
            guard calleeFailure >= 0 else { return try settle(attempt, failure: nil) }
            let to = compiled.boundaries[compiled.calls[attempts[attempt].call].boundary].to
            try settle(attempt, failure: "\(to) answered with an error: \(failures[calleeFailure])")
        case .timeout(let attempt):
            let call = attempts[attempt].call
            guard !attempts[attempt].settled, compiled.calls[call].timeoutNanos != nil else { return }
            try settle(attempt, failure: compiled.calls[call].timeoutMessage)
        case .deliver(let message): try deliver(message)
        }
    }

    /// Starts an invocation's span at the current instant, a child of `parent` when the
    /// context arrived, and counts it as unfinished. `caller` is the trace the caller's span is in
    /// (its id and the run's number for it), when it was called.
    mutating func startInvocation(
        _ operation: Int, kind: RecordedSpan.Kind, request: Int, parent: consuming SpanContext?,
        caller: (traceID: TraceID, trace: Int32)?, attempt: Int
    ) throws(ScenarioRunError) -> Int {
        try countSpan()
        if requests[request].runCounts < 0 {
            requests[request].runCounts = runCounts.count
            runCounts.append(0, repeats: compiled.operations.count)
        }
        let counted = requests[request].runCounts + operation
        let number = runCounts[counted]
        runCounts[counted] = number + 1
        let service = compiled.operations[operation].service
        let context: SpanContext
        let parentSpanID: SpanID?
        let trace: Int32
        switch consume parent {
        case .some(let parent):
            // An extracted context names the caller's trace; the check keeps the numbering true
            // should a carrier ever name another.
            if let caller, caller.traceID == parent.traceID {
                trace = caller.trace
            } else {
                trace = newTrace()
            }
            context = tracers.with(service) { $0.newContext(childOf: parent) }
            parentSpanID = parent.spanID
        case .none:
            context = tracers.with(service) { $0.newRootContext() }
            parentSpanID = nil
            trace = newTrace()
        }
        if Int(trace) == startedTraceIDs.count { startedTraceIDs.append(context.traceID) }
        let span = open.open(
            context: context, trace: trace, parentSpanID: parentSpanID, service: compiled.services[service],
            name: compiled.operations[operation].name, kind: kind, startNanos: now,
            attributes: SpanAttributeStore(
                shared: kind == .server ? compiled.serverAttributes[operation] : [:],
                own: .init(key: Self.correlationKey, value: .string(correlationIDs[request]))),
            attributesBytes: (kind == .server ? compiled.serverAttributesBytes[operation] : 0)
                + correlationBytes[request])
        invocations.append(
            Invocation(
                request: request, operation: operation, number: number, span: span, attempt: attempt,
                trace: trace, startedAt: now))
        invocationContexts.append(context)
        unfinished += 1
        return invocations.count - 1
    }

    /// Lets an invocation's steps start now, once it holds a worker. Every caller does this last,
    /// so when nothing else is due at this instant the frame's `resume` event would be the very
    /// next one off the queue: the steps then run at once, in the same order, without the round
    /// trip through the queue. Only one frame at a time runs so, so a line of invocations that
    /// each end at once cannot deepen the stack.
    mutating func begin(_ invocation: Int) throws(ScenarioRunError) {
        frames.append(
            Frame(
                invocation: invocation, block: compiled.operations[invocations[invocation].operation].block,
                parent: -1))
        guard !beginningAtOnce, !queue.hasEvent(at: now) else {
            queue.schedule(.resume(frames.count - 1), at: now, afterDelay: 0)
            return
        }
        beginningAtOnce = true
        defer { beginningAtOnce = false }
        try advance(frames.count - 1)
    }

    /// Ends an invocation: its span, the answer to its caller, and its worker. `failure` is a
    /// position in ``failures``, or -1.
    mutating func finish(_ index: Int, failure: Int) throws(ScenarioRunError) {
        let invocation = invocations[index]
        if failure >= 0 { open[invocation.span].status = .error(failures[failure]) }
        end(invocation.span, at: now, request: invocation.request)
        unfinished -= 1
        if invocation.attempt >= 0 {
            attempts[invocation.attempt].calleeFailure = failure
            queue.schedule(
                .answer(invocation.attempt), at: now + scenario.networkLatencyNanos, rank: 0,
                afterDelay: scenario.networkLatencyNanos)
        }
        let service = compiled.operations[invocation.operation].service
        guard pools[service].capacity != nil, let next = pools[service].release() else { return }
        switch next {
        case .invocation(let waiting):
            recordWorkerWait(on: invocations[waiting].span, since: invocations[waiting].startedAt)
            try begin(waiting)
        case .message(let message):
            try startConsumer(message)
        }
    }

    /// Takes a worker for a server invocation, or puts it in line.
    mutating func admit(_ invocation: Int) throws(ScenarioRunError) {
        let service = compiled.operations[invocations[invocation].operation].service
        guard pools[service].capacity != nil else {
            try begin(invocation)
            return
        }
        if pools[service].acquire() {
            recordWorkerWait(on: invocations[invocation].span, since: now)
            try begin(invocation)
        } else {
            pools[service].wait(.invocation(invocation))
        }
    }

    mutating func recordWorkerWait(on span: Int, since: UInt64) {
        let waited = Double(now - since) / 1e6
        open.setAttribute(span, Self.workerWaitKey, .double(waited))
        if now > since {
            open.addEvent(
                span,
                RecordedSpan.Event(
                    name: "worker acquired", timeNanos: now, attributes: [Self.workerWaitKey: .double(waited)]
                ))
        }
    }

    /// The number of a trace that starts now.
    mutating func newTrace() -> Int32 {
        traceCount += 1
        return traceCount - 1
    }

    /// `traces` (each span's trace, numbered as the traces started, below `traceCount`)
    /// renumbered in the order each trace's first span appears, and each started number's new
    /// one (-1 for a trace with no span).
    static func renumberedByFirstEnd(_ traces: consuming [Int32], traceCount: Int) -> (
        traces: [Int32], order: [Int32]
    ) {
        var order = [Int32](repeating: -1, count: traceCount)
        var next: Int32 = 0
        var renumbered = traces
        for index in renumbered.indices {
            let started = Int(renumbered[index])
            if order[started] < 0 {
                order[started] = next
                next += 1
            }
            renumbered[index] = order[started]
        }
        return (renumbered, order)
    }

    /// `ids`, each started trace's id at the number it started with, moved to the traces' new
    /// numbers by `order` (see ``renumberedByFirstEnd(_:traceCount:)``); empty unless every
    /// started trace has an id and a new number.
    static func renumbered(_ ids: [TraceID], order: [Int32]) -> [TraceID] {
        guard ids.count == order.count, !order.contains(-1) else { return [] }
        return [TraceID](unsafeUninitializedCapacity: ids.count) { byNumber, written in
            for started in ids.indices {
                (byNumber.baseAddress! + Int(order[started])).initialize(to: ids[started])
            }
            written = ids.count
        }
    }

    /// Ends the span in `slot` at `nanos`, keeps it with the finished ones and notes which
    /// request and trace it belongs to.
    mutating func end(_ slot: Int, at nanos: UInt64, request: Int) {
        spanTraces.append(open.trace(slot))
        if !open.close(slot, at: nanos, into: &finished) {
            sampledOut.append(finished[finished.count - 1].spanID)
        }
        spanRequests.append(request + 1)
    }

    /// Notes `failure` and returns its position in ``failures``.
    mutating func failure(_ message: String) -> Int {
        failures.append(message)
        return failures.count - 1
    }

    mutating func countSpan() throws(ScenarioRunError) {
        spansStarted += 1
        if spansStarted > ScenarioEngine.spanLimit {
            throw ScenarioRunError(
                message: "scenario '\(scenario.id)' creates more than \(ScenarioEngine.spanLimit) spans; "
                    + "reduce its retries, fan-out or messages, or the number of requests")
        }
    }

    /// Refuses a run whose requests could together create more spans than allowed.
    /// Returns the most spans the run can create.
    private func checkSpanBudget() throws(ScenarioRunError) -> Int {
        let graph = OperationGraph(scenario: scenario, lines: [])
        guard let entry = graph.index(service: scenario.entryService, operation: scenario.entryOperation)
        else { return 0 }
        let perRequest = graph.limits(from: entry).spansPerRequest
        let (total, overflow) = perRequest.multipliedReportingOverflow(by: options.requests)
        if overflow || total > ScenarioLimits.maxSpansPerRun {
            let most = max(1, ScenarioLimits.maxSpansPerRun / max(1, perRequest))
            throw ScenarioRunError(
                message: "\(options.requests) requests of '\(scenario.id)' could create more than "
                    + "\(ScenarioLimits.maxSpansPerRun) spans (up to \(perRequest) each); run at most \(most)"
            )
        }
        return total
    }

    /// Sizes the run's lists for up to `spans` spans (at most a few hundred thousand, as the
    /// bound counts every retry), so a big run does not copy them as they grow.
    private mutating func reserve(spans most: Int) {
        let spans = min(most, 262_144)
        finished.reserveCapacity(spans)
        if options.sampling != .keepAll {
            open.reserveSizes(spans)
            sampledOut.reserveCapacity(spans)
        }
        spanRequests.reserveCapacity(spans)
        spanTraces.reserveCapacity(spans)
        startedTraceIDs.reserveCapacity(options.requests)
        // Every invocation, attempt and message starts a span, and every crossing is an
        // attempt's or a message's, so none of these lists outgrows `spans`; room never
        // written to is never touched.
        invocations.reserveCapacity(spans)
        invocationContexts.reserveCapacity(spans)
        frames.reserveCapacity(spans)
        attempts.reserveCapacity(spans)
        messages.reserveCapacity(spans)
        crossings.reserveCapacity(spans)
        HugePages.advise(reservedIn: &finished)
        HugePages.advise(reservedIn: &crossings)
        crossingRequests.reserveCapacity(spans)
        queue.reserveCapacity(min(spans, options.requests * 2))
    }

    private func stuck() -> ScenarioRunError {
        let waiting = pools.indices.filter { pools[$0].waiting > 0 }.map { compiled.services[$0] }
        let detail =
            waiting.isEmpty
            ? ""
            : ": every worker of \(waiting.joined(separator: ", ")) waits on a call that needs one of them"
        return ScenarioRunError(
            message: "\(unfinished) operations never finished\(detail); give those services more workers")
    }
}
