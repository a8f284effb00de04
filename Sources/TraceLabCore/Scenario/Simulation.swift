/// One run's mutable state and its scheduler: events come off an ``EventQueue`` in time order
/// and each is handed to the step interpreter (`Simulation+Steps.swift`) or to the code that
/// moves requests and messages between services (`Simulation+Crossings.swift`). Nothing here
/// recurses over the call graph, so a chain of any depth runs in linear time on a flat stack.
/// Each service's ``LabTracer`` gives its spans their ids and sampled flag and writes and reads
/// every carrier, recording what it injected and extracted; the spans themselves are plain
/// values in ``OpenSpans`` until they end. Lives only inside ``ScenarioEngine/run(_:)``.
final class Simulation {
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

    /// One run of an operation, as a server or consumer span.
    struct Invocation {
        let request: Int
        let operation: Int
        /// 0 for the operation's first run within the request, 1 for the second, and so on.
        let number: Int
        /// The invocation's span, in ``Simulation/open``.
        let span: Int
        let context: SpanContext
        /// The call attempt this invocation answers, if it was called.
        let attempt: Int?
        let startedAt: UInt64
    }

    /// A list of steps being interpreted: an operation's, or one branch of a `parallel` step.
    struct Frame {
        let invocation: Int
        let block: Int
        var position = 0
        var failure: String?
        /// The frame waiting for this branch to end.
        let parent: Int?
        var branches: [Int] = []
        var openBranches = 0
    }

    /// One attempt of a synchronous call.
    struct Attempt {
        let frame: Int
        let call: CompiledScenario.Call
        let number: Int
        /// The client span, in ``Simulation/open`` until the attempt settles.
        let client: Int
        let clientContext: SpanContext
        let crossing: Int
        /// What the caller's tracer wrote into the request's headers.
        let sent: TraceContextFields
        var settled = false
        var calleeFailure: String?
    }

    /// One published message.
    struct Message {
        let request: Int
        let publish: CompiledScenario.Publish
        let producer: SpanContext
        /// What the producer's tracer wrote into the message's metadata.
        let sent: TraceContextFields
        let crossing: Int
        let deliveredAt: UInt64
    }

    struct Request {
        let arrival: UInt64
        var correlationID = ""
        var spanID: SpanID?
        var invocations: [Int] = []
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
    let tracers: [LabTracer]
    let loggers: [LabLogger]
    let propagates: [Bool]
    var queue = EventQueue<Event>()
    var open = OpenSpans()
    var now: UInt64 = 0
    var requests: [Request] = []
    var invocations: [Invocation] = []
    var frames: [Frame] = []
    var attempts: [Attempt] = []
    var messages: [Message] = []
    var pools: [WorkerPool]
    var crossings: [BoundaryCrossing?] = []
    var crossingRequests: [Int] = []
    var spanRequests: [Int] = []
    var spansStarted = 0
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
        recorder = SpanRecorder(measuringSizes: options.sampling != .keepAll)
        jitter = SplitMix64(seed: options.seed ^ 0x6A09_E667_F3BC_C908)
        variation = SplitMix64(seed: options.seed ^ 0x3C6E_F372_FE94_F82B)
        let recorder = recorder
        let logRecorder = self.logRecorder
        tracers = compiled.services.map {
            LabTracer(service: $0, recorder: recorder, ids: ids, sampler: options.sampling.sampler(for: $0))
        }
        loggers = compiled.services.map { LabLogger(service: $0, recorder: logRecorder) }
        propagates = compiled.boundaries.map { options.propagation.propagates($0.name) }
        pools = compiled.workers.map { WorkerPool(capacity: $0) }
    }

    func run() throws(ScenarioRunError) -> LabRun {
        try checkSpanBudget()
        var arrivals = SplitMix64(seed: options.seed ^ 0xBB67_AE85_84CA_A73B)
        let offsets = options.arrivals.offsets(
            count: options.requests, rate: options.ratePerSecond, generator: &arrivals)
        requests.reserveCapacity(offsets.count)
        for (index, offset) in offsets.enumerated() {
            requests.append(Request(arrival: options.epochNanos + offset))
            queue.schedule(.arrival(index), at: options.epochNanos + offset)
        }
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
        let (spans, spanBytes) = recorder.drainWithSizes()
        var run = LabRun(
            scenarioID: scenario.id, spans: spans, crossings: crossings.compactMap { $0 },
            requestSpanID: requests[0].spanID!, epochNanos: options.epochNanos,
            requests: requests.enumerated().map { index, request in
                SimulatedRequest(
                    number: index + 1, arrivalNanos: request.arrival, correlationID: request.correlationID,
                    requestSpanID: request.spanID!)
            },
            spanRequests: spanRequests, crossingRequests: crossingRequests, logs: logRecorder.drain())
        run.spanBytes = spanBytes
        run.sampling = options.sampling
        run.sampledOutSpanIDs = recorder.sampledOutSpanIDs
        if case .tail(let rules) = options.sampling.policy {
            let outcome = TailSampler(rules: rules).decide(spans, alreadyDropped: run.sampledOutSpanIDs)
            if run.sampledOutSpanIDs.isEmpty {
                run.sampledOutSpanIDs = outcome.droppedSpanIDs
            } else {
                run.sampledOutSpanIDs.formUnion(outcome.droppedSpanIDs)
            }
            run.tailBuffering = outcome.buffering
        }
        return run
    }

    private func handle(_ event: Event) throws(ScenarioRunError) {
        switch event {
        case .arrival(let request): try arrive(request)
        case .resume(let frame): try advance(frame)
        case .retry(let attempt):
            try startAttempt(
                frame: attempts[attempt].frame, call: attempts[attempt].call,
                number: attempts[attempt].number + 1)
        case .reach(let attempt): try reach(attempt)
        case .answer(let attempt):
            guard !attempts[attempt].settled else { return }
            let to = compiled.boundaries[attempts[attempt].call.boundary].to
            try settle(
                attempt,
                failure: attempts[attempt].calleeFailure.map { "\(to) answered with an error: \($0)" })
        case .timeout(let attempt):
            guard !attempts[attempt].settled, let timeout = attempts[attempt].call.timeoutNanos else {
                return
            }
            let to = compiled.boundaries[attempts[attempt].call.boundary].to
            try settle(
                attempt, failure: "timed out after \(DurationText.format(nanos: timeout)) waiting for \(to)")
        case .deliver(let message): try deliver(message)
        }
    }

    /// Starts an invocation's span at the current instant, a child of `parent` when the
    /// context arrived, and counts it as unfinished.
    func startInvocation(
        _ operation: Int, kind: RecordedSpan.Kind, request: Int, parent: SpanContext?, attempt: Int?
    ) throws(ScenarioRunError) -> Int {
        try countSpan()
        if requests[request].invocations.isEmpty {
            requests[request].invocations = Array(repeating: 0, count: compiled.operations.count)
        }
        let number = requests[request].invocations[operation]
        requests[request].invocations[operation] = number + 1
        let target = compiled.operations[operation]
        let context = tracers[target.service].newSpanContext(parent: parent)
        let span = open.open(
            OpenSpans.Span(
                context: context, parentSpanID: parent?.spanID, service: compiled.services[target.service],
                name: target.name, kind: kind, startNanos: now,
                attributes: SpanAttributeStore(
                    shared: kind == .server ? compiled.serverAttributes[operation] : [:],
                    own: [.init(key: Self.correlationKey, value: .string(requests[request].correlationID))])))
        invocations.append(
            Invocation(
                request: request, operation: operation, number: number, span: span, context: context,
                attempt: attempt, startedAt: now))
        unfinished += 1
        return invocations.count - 1
    }

    /// Lets an invocation's steps start now, once it holds a worker.
    func begin(_ invocation: Int) {
        frames.append(
            Frame(
                invocation: invocation, block: compiled.operations[invocations[invocation].operation].block,
                parent: nil))
        queue.schedule(.resume(frames.count - 1), at: now)
    }

    /// Ends an invocation: its span, the answer to its caller, and its worker.
    func finish(_ index: Int, failure: String?) throws(ScenarioRunError) {
        let invocation = invocations[index]
        if let failure { open[invocation.span].status = .error(failure) }
        end(invocation.span, at: now, request: invocation.request)
        unfinished -= 1
        if let attempt = invocation.attempt {
            attempts[attempt].calleeFailure = failure
            queue.schedule(.answer(attempt), at: now + scenario.networkLatencyNanos, rank: 0)
        }
        let service = compiled.operations[invocation.operation].service
        guard pools[service].capacity != nil, let next = pools[service].release() else { return }
        switch next {
        case .invocation(let waiting):
            recordWorkerWait(on: invocations[waiting].span, since: invocations[waiting].startedAt)
            begin(waiting)
        case .message(let message):
            try startConsumer(message)
        }
    }

    /// Takes a worker for a server invocation, or puts it in line.
    func admit(_ invocation: Int) {
        let service = compiled.operations[invocations[invocation].operation].service
        guard pools[service].capacity != nil else {
            begin(invocation)
            return
        }
        if pools[service].acquire() {
            recordWorkerWait(on: invocations[invocation].span, since: now)
            begin(invocation)
        } else {
            pools[service].wait(.invocation(invocation))
        }
    }

    func recordWorkerWait(on span: Int, since: UInt64) {
        let waited = Double(now - since) / 1e6
        open[span].attributes.set(Self.workerWaitKey, .double(waited))
        if now > since {
            open[span].events.append(
                RecordedSpan.Event(
                    name: "worker acquired", timeNanos: now, attributes: [Self.workerWaitKey: .double(waited)]
                ))
        }
    }

    /// Ends the span in `slot` at `nanos`, hands it to the recorder and notes which request it
    /// belongs to.
    func end(_ slot: Int, at nanos: UInt64, request: Int) {
        let sampled = open[slot].context.flags.isSampled
        recorder.record(open.close(slot, at: nanos), sampled: sampled)
        spanRequests.append(request + 1)
    }

    func countSpan() throws(ScenarioRunError) {
        spansStarted += 1
        if spansStarted > ScenarioEngine.spanLimit {
            throw ScenarioRunError(
                message: "scenario '\(scenario.id)' creates more than \(ScenarioEngine.spanLimit) spans; "
                    + "reduce its retries, fan-out or messages, or the number of requests")
        }
    }

    /// Refuses a run whose requests could together create more spans than allowed.
    private func checkSpanBudget() throws(ScenarioRunError) {
        let graph = OperationGraph(scenario: scenario, lines: [])
        guard let entry = graph.index(service: scenario.entryService, operation: scenario.entryOperation)
        else { return }
        let perRequest = graph.limits(from: entry).spansPerRequest
        let (total, overflow) = perRequest.multipliedReportingOverflow(by: options.requests)
        if overflow || total > ScenarioLimits.maxSpansPerRun {
            let most = max(1, ScenarioLimits.maxSpansPerRun / max(1, perRequest))
            throw ScenarioRunError(
                message: "\(options.requests) requests of '\(scenario.id)' could create more than "
                    + "\(ScenarioLimits.maxSpansPerRun) spans (up to \(perRequest) each); run at most \(most)"
            )
        }
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
