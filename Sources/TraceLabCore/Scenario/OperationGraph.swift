/// The scenario's operations as a graph: an edge for every call or publish, with the line it was
/// written on. Every walk is iterative, so a chain of any depth costs linear time and no stack.
struct OperationGraph {
    struct Edge {
        let target: Int
        let line: Int
        /// How many times the target may run per run of the source (a call's attempts).
        let times: Int
    }

    private let indexByKey: [String: Int]
    private let edges: [[Edge]]

    init(scenario: Scenario, lines: [StepLine]) {
        var indexByKey: [String: Int] = [:]
        for service in scenario.services {
            for operation in service.operations {
                let key = Self.key(service.name, operation.name)
                if indexByKey[key] == nil { indexByKey[key] = indexByKey.count }
            }
        }
        let lineByTarget = Dictionary(
            lines.map { ("\($0.caller)|\($0.target.service)|\($0.target.operation)", $0.line) },
            uniquingKeysWith: { first, _ in first })
        var edges = [[Edge]](repeating: [], count: indexByKey.count)
        for service in scenario.services {
            for operation in service.operations {
                guard let from = indexByKey[Self.key(service.name, operation.name)] else { continue }
                for target in Self.targets(operation.steps) {
                    guard let to = indexByKey[Self.key(target.service, target.operation)] else { continue }
                    let line = lineByTarget["\(service.name)|\(target.service)|\(target.operation)"] ?? 1
                    edges[from].append(Edge(target: to, line: line, times: target.times))
                }
            }
        }
        self.indexByKey = indexByKey
        self.edges = edges
    }

    /// The position of an operation, if it exists.
    func index(service: String, operation: String) -> Int? {
        indexByKey[Self.key(service, operation)]
    }

    /// The line of an edge that closes a cycle, searching from operations in index order.
    func firstCycleLine() -> Int? {
        var state = [UInt8](repeating: 0, count: edges.count)  // 0 new, 1 on the stack, 2 done
        var stack: [(node: Int, next: Int)] = []
        for start in edges.indices where state[start] == 0 {
            state[start] = 1
            stack.append((start, 0))
            while let top = stack.last {
                if top.next < edges[top.node].count {
                    stack[stack.count - 1].next += 1
                    let edge = edges[top.node][top.next]
                    if state[edge.target] == 1 { return edge.line }
                    if state[edge.target] == 0 {
                        state[edge.target] = 1
                        stack.append((edge.target, 0))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return nil
    }

    /// Depth and span count below `entry` in an acyclic graph.
    struct Limits {
        /// The line of the call that goes beyond ``ScenarioLimits/maxCallDepth``, if one does.
        let lineBeyondDepthLimit: Int?
        /// The most spans one request can create (saturating at `Int.max`).
        let spansPerRequest: Int
    }

    /// Computes ``Limits`` in one post-order pass (the graph must be acyclic).
    func limits(from entry: Int) -> Limits {
        var depth = [Int](repeating: -1, count: edges.count)
        var spans = [Int](repeating: 0, count: edges.count)
        var deepest = [Int?](repeating: nil, count: edges.count)
        var stack: [(node: Int, expanded: Bool)] = [(entry, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded {
                var best = 0
                var total = 1
                for (position, edge) in edges[node].enumerated() {
                    if depth[edge.target] + 1 > best {
                        best = depth[edge.target] + 1
                        deepest[node] = position
                    }
                    // A call's attempts each make a client span and the callee's spans.
                    let perAttempt = Self.adding(1, spans[edge.target])
                    total = Self.adding(total, Self.multiplying(perAttempt, edge.times))
                }
                depth[node] = best
                spans[node] = total
                continue
            }
            guard depth[node] < 0 else { continue }
            stack.append((node, true))
            for edge in edges[node] where depth[edge.target] < 0 {
                stack.append((edge.target, false))
            }
        }
        var line: Int?
        if depth[entry] > ScenarioLimits.maxCallDepth {
            var node = entry
            for _ in 0...ScenarioLimits.maxCallDepth {
                guard let position = deepest[node] else { break }
                line = edges[node][position].line
                node = edges[node][position].target
            }
        }
        return Limits(lineBeyondDepthLimit: line, spansPerRequest: spans[entry])
    }

    private static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    private static func multiplying(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }

    private static func key(_ service: String, _ operation: String) -> String {
        "\(service)\u{0}\(operation)"
    }

    private static func targets(_ steps: [Scenario.Step]) -> [(
        service: String, operation: String, times: Int
    )] {
        var result: [(service: String, operation: String, times: Int)] = []
        var stack: [ArraySlice<Scenario.Step>] = [steps[...]]
        while var slice = stack.popLast() {
            guard let step = slice.popFirst() else { continue }
            stack.append(slice)
            switch step {
            case .call(let call): result.append((call.service, call.operation, call.retries + 1))
            case .publish(let publish): result.append((publish.consumer, publish.operation, 1))
            case .parallel(let branches): stack.append(contentsOf: branches.reversed().map { $0[...] })
            case .work, .fail, .workDistribution, .failSometimes, .log: break
            }
        }
        return result
    }
}
