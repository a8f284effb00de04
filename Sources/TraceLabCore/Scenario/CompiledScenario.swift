import Tracing

/// A checked scenario turned into indexes once, so a run looks nothing up by name: operations,
/// services and boundaries are array positions, and span names are built ahead of time.
struct CompiledScenario: Sendable {
    struct Operation: Sendable {
        let service: Int
        let name: String
        let method: String?
        let route: String?
        var steps: [Step]
    }

    indirect enum Step: Sendable {
        case work([UInt64])
        case call(Call)
        case publish(Publish)
        case parallel([[Step]])
        case fail(String)
    }

    struct Call: Sendable {
        let target: Int
        let boundary: Int
        let clientName: String
        let timeoutNanos: UInt64?
        let retries: Int
        let backoffNanos: UInt64
    }

    struct Publish: Sendable {
        let target: Int
        let boundary: Int
        let topic: String
        let spanName: String
        let durationNanos: UInt64
        let queueDelayNanos: UInt64
    }

    let services: [String]
    let boundaries: [Boundary]
    /// The attributes every client span on a boundary carries (`server.address`).
    let clientAttributes: [SpanAttributes]
    /// The run-independent attributes of each operation's server span (HTTP method and route).
    let serverAttributes: [SpanAttributes]
    private(set) var operations: [Operation] = []
    let entry: Int

    init(_ scenario: Scenario) {
        services = scenario.services.map(\.name)
        boundaries = scenario.boundaries
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
                        route: isHTTP ? String(words[1]) : nil, steps: []))
            }
        }
        let boundaryIndex = Dictionary(
            boundaries.enumerated().map { ($0.element.name, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        func compile(_ steps: [Scenario.Step], caller: String) -> [Step] {
            steps.map { step in
                switch step {
                case .work(let durations):
                    return .work(durations)
                case .fail(let message):
                    return .fail(message)
                case .parallel(let branches):
                    return .parallel(branches.map { compile($0, caller: caller) })
                case .call(let call):
                    return .call(
                        Call(
                            target: operationIndex[Self.key(call.service, call.operation)]!,
                            boundary: boundaryIndex["\(caller):\(call.service)"]!,
                            clientName: Self.clientName(service: call.service, operation: call.operation),
                            timeoutNanos: call.timeoutNanos, retries: call.retries,
                            backoffNanos: call.backoffNanos))
                case .publish(let publish):
                    return .publish(
                        Publish(
                            target: operationIndex[Self.key(publish.consumer, publish.operation)]!,
                            boundary: boundaryIndex["\(caller):\(publish.consumer)"]!, topic: publish.topic,
                            spanName: "publish \(publish.topic)", durationNanos: publish.durationNanos,
                            queueDelayNanos: publish.queueDelayNanos))
                }
            }
        }
        for service in scenario.services {
            for operation in service.operations {
                let index = operationIndex[Self.key(service.name, operation.name)]!
                skeleton[index].steps = compile(operation.steps, caller: service.name)
            }
        }
        operations = skeleton
        clientAttributes = boundaries.map { boundary in
            var attributes = SpanAttributes()
            attributes["server.address"] = boundary.to
            return attributes
        }
        serverAttributes = skeleton.map { operation in
            var attributes = SpanAttributes()
            if let method = operation.method, let route = operation.route {
                attributes["http.request.method"] = method
                attributes["http.route"] = route
            }
            return attributes
        }
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
