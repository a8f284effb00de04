/// A checked scenario turned into indexes once, so a run looks nothing up by name: operations,
/// services and boundaries are array positions, span names are built ahead of time, and every
/// list of steps (an operation's, or a parallel branch's) is a numbered block. A step holds only
/// numbers (positions in the tables beside the blocks), so interpreting one copies no reference
/// and costs no reference counting.
struct CompiledScenario: Sendable {
    struct Operation: Sendable {
        let service: Int
        let name: String
        let method: String?
        let route: String?
        /// The block holding the operation's steps.
        var block: Int
    }

    enum Step: Sendable {
        /// Work whose duration depends on the run number: a position in ``workDurations``.
        case work(Int)
        case vary(LatencyDistribution)
        /// A position in ``calls``.
        case call(Int)
        /// A position in ``publishes``.
        case publish(Int)
        /// The branches that run at once: blocks `first..<first + count`.
        case parallel(first: Int, count: Int)
        /// A failure with the message at this position in ``texts``.
        case fail(Int)
        case failSometimes(Int, rate: Double)
        /// A log line: a position in ``texts``.
        case log(Int)
    }

    struct Call: Sendable {
        let target: Int
        let boundary: Int
        let clientName: String
        let timeoutNanos: UInt64?
        let retries: Int
        let backoffNanos: UInt64
        /// Why an attempt that timed out failed, written once for every such attempt.
        let timeoutMessage: String
    }

    struct Publish: Sendable {
        let target: Int
        let boundary: Int
        let topic: String
        let spanName: String
        /// The attributes of every producer span of this publish (topic and operation type).
        let attributes: [String: AttributeValue]
        /// Their OTLP/protobuf size.
        let attributesBytes: Int
        let durationNanos: UInt64
        let queueDelayNanos: UInt64
    }

    let services: [String]
    /// Each service's worker pool size; nil for unlimited.
    let workers: [Int?]
    /// Every list of steps, by block number.
    private(set) var blocks: [[Step]] = []
    /// The durations of each `work` step, by run number (the last repeats).
    private(set) var workDurations: [[UInt64]] = []
    private(set) var calls: [Call] = []
    private(set) var publishes: [Publish] = []
    /// Failure messages and log lines.
    private(set) var texts: [String] = []
    let boundaries: [Boundary]
    /// Each boundary's name (`caller:callee`), built once rather than for every crossing.
    let boundaryNames: [String]
    /// The attributes every client span on a boundary carries (`server.address`), one
    /// dictionary that all those spans share.
    let clientAttributes: [[String: AttributeValue]]
    /// The run-independent attributes of each operation's server span (HTTP method and route),
    /// shared the same way.
    let serverAttributes: [[String: AttributeValue]]
    /// The OTLP/protobuf size of each dictionary of ``clientAttributes``, for the sampling report.
    let clientAttributesBytes: [Int]
    /// The same for ``serverAttributes``.
    let serverAttributesBytes: [Int]
    private(set) var operations: [Operation] = []
    let entry: Int

    init(_ scenario: Scenario) {
        services = scenario.services.map(\.name)
        workers = scenario.services.map(\.workers)
        boundaries = scenario.boundaries
        boundaryNames = boundaries.map(\.name)
        var operationIndex: [String: Int] = [:]
        var skeleton: [Operation] = []
        for (serviceIndex, service) in scenario.services.enumerated() {
            for operation in service.operations {
                operationIndex[Self.key(service.name, operation.name)] = skeleton.count
                let words = operation.name.split(separator: " ", maxSplits: 1)
                let isHTTP = words.count == 2 && words[1].hasPrefix("/")
                skeleton.append(
                    Operation(
                        service: serviceIndex, name: operation.name, method: isHTTP ? String(words[0]) : nil,
                        route: isHTTP ? String(words[1]) : nil, block: 0))
            }
        }
        let boundaryIndex = Dictionary(
            boundaryNames.enumerated().map { ($0.element, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        var blocks: [[Step]] = []
        var workDurations: [[UInt64]] = []
        var calls: [Call] = []
        var publishes: [Publish] = []
        var texts: [String] = []
        func text(_ value: String) -> Int {
            texts.append(value)
            return texts.count - 1
        }
        // Each pending block is compiled after the one that names it, so nesting needs no recursion.
        var pending: [(block: Int, steps: [Scenario.Step], caller: String)] = []
        func reserve(_ steps: [Scenario.Step], caller: String) -> Int {
            blocks.append([])
            pending.append((blocks.count - 1, steps, caller))
            return blocks.count - 1
        }
        func compile(_ step: Scenario.Step, caller: String) -> Step {
            switch step {
            case .work(let durations):
                workDurations.append(durations)
                return .work(workDurations.count - 1)
            case .workDistribution(let distribution):
                return .vary(distribution)
            case .fail(let message):
                return .fail(text(message))
            case .failSometimes(let message, let rate):
                return .failSometimes(text(message), rate: rate)
            case .log(let message):
                return .log(text(message))
            case .parallel(let branches):
                let first = blocks.count
                for branch in branches { _ = reserve(branch, caller: caller) }
                return .parallel(first: first, count: branches.count)
            case .call(let call):
                calls.append(
                    Call(
                        target: operationIndex[Self.key(call.service, call.operation)]!,
                        boundary: boundaryIndex["\(caller):\(call.service)"]!,
                        clientName: Self.clientName(service: call.service, operation: call.operation),
                        timeoutNanos: call.timeoutNanos, retries: call.retries,
                        backoffNanos: call.backoffNanos,
                        timeoutMessage: call.timeoutNanos.map {
                            "timed out after \(DurationText.format(nanos: $0)) waiting for \(call.service)"
                        } ?? ""))
                return .call(calls.count - 1)
            case .publish(let publish):
                let publishAttributes: [String: AttributeValue] = [
                    "messaging.destination.name": .string(publish.topic),
                    "messaging.operation.type": .string("publish"),
                ]
                publishes.append(
                    Publish(
                        target: operationIndex[Self.key(publish.consumer, publish.operation)]!,
                        boundary: boundaryIndex["\(caller):\(publish.consumer)"]!, topic: publish.topic,
                        spanName: "publish \(publish.topic)",
                        attributes: publishAttributes,
                        attributesBytes: OTLPSpanSize.attributesBytes(publishAttributes),
                        durationNanos: publish.durationNanos,
                        queueDelayNanos: publish.queueDelayNanos))
                return .publish(publishes.count - 1)
            }
        }
        for service in scenario.services {
            for operation in service.operations {
                let index = operationIndex[Self.key(service.name, operation.name)]!
                skeleton[index].block = reserve(operation.steps, caller: service.name)
            }
        }
        while let next = pending.popLast() {
            blocks[next.block] = next.steps.map { compile($0, caller: next.caller) }
        }
        self.blocks = blocks
        self.workDurations = workDurations
        self.calls = calls
        self.publishes = publishes
        self.texts = texts
        operations = skeleton
        clientAttributes = boundaries.map { ["server.address": .string($0.to)] }
        serverAttributes = skeleton.map { operation in
            guard let method = operation.method, let route = operation.route else { return [:] }
            return ["http.request.method": .string(method), "http.route": .string(route)]
        }
        clientAttributesBytes = clientAttributes.map(OTLPSpanSize.attributesBytes)
        serverAttributesBytes = serverAttributes.map(OTLPSpanSize.attributesBytes)
        entry = operationIndex[Self.key(scenario.entryService, scenario.entryOperation)]!
    }

    private static func key(_ service: String, _ operation: String) -> String {
        "\(service)\u{0}\(operation)"
    }

    /// `POST billing /charges` for a call to billing's `POST /charges`.
    static func clientName(service: String, operation: String) -> String {
        let words = operation.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return "\(service) \(operation)" }
        return "\(words[0]) \(service) \(words[1])"
    }
}
