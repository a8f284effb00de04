/// Checks that a parsed scenario hangs together: every call and publish names a service and
/// operation that exist, the request's target exists, and no operation calls itself back
/// (which would never finish).
struct ScenarioChecker {
    let scenario: Scenario
    let file: String
    let lines: [StepLine]
    let requestLine: Int

    func check() throws(ContentError) {
        try checkTarget(
            service: scenario.entryService, operation: scenario.entryOperation, line: requestLine,
            what: "'request'")
        for step in lines {
            try checkTarget(
                service: step.target.service, operation: step.target.operation, line: step.line,
                what: step.isPublish ? "this publish" : "this call")
            if step.target.service == step.caller && !step.isPublish {
                throw ContentError(
                    file: file, line: step.line,
                    message: "service '\(step.caller)' calls itself; a boundary needs two different services")
            }
        }
        try checkForCycles()
    }

    private func checkTarget(service: String, operation: String, line: Int, what: String) throws(ContentError)
    {
        guard let found = scenario.service(service) else {
            let known = scenario.services.map(\.name).joined(separator: ", ")
            throw ContentError(
                file: file, line: line,
                message: "\(what) names service '\(service)', which is not defined; known: \(known)")
        }
        guard found.operation(operation) != nil else {
            let known = found.operations.map(\.name).joined(separator: ", ")
            throw ContentError(
                file: file, line: line,
                message:
                    "\(what) names operation '\(operation)' of '\(service)', which is not defined; known: \(known)"
            )
        }
    }

    /// A depth-first search over operation -> operation edges; a back edge is a cycle.
    private func checkForCycles() throws(ContentError) {
        struct Node: Hashable {
            let service: String
            let operation: String
        }
        var edges: [Node: [(Node, Int)]] = [:]
        let lineByTarget = Dictionary(
            lines.map { ("\($0.caller)|\($0.target.service)|\($0.target.operation)", $0.line) },
            uniquingKeysWith: { first, _ in first })
        for service in scenario.services {
            for operation in service.operations {
                let from = Node(service: service.name, operation: operation.name)
                for target in Self.targets(operation.steps) {
                    let line = lineByTarget["\(service.name)|\(target.service)|\(target.operation)"] ?? 1
                    edges[from, default: []].append(
                        (Node(service: target.service, operation: target.operation), line))
                }
            }
        }
        var state: [Node: Bool] = [:]  // false: on the stack; true: done
        func visit(_ node: Node) -> Int? {
            state[node] = false
            for (next, line) in edges[node] ?? [] {
                if state[next] == false { return line }
                if state[next] == nil, let cycle = visit(next) { return cycle }
            }
            state[node] = true
            return nil
        }
        for node in edges.keys.sorted(by: { ($0.service, $0.operation) < ($1.service, $1.operation) })
        where state[node] == nil {
            if let line = visit(node) {
                throw ContentError(
                    file: file, line: line,
                    message:
                        "this call or publish leads back to an operation already in progress; break the cycle"
                )
            }
        }
    }

    private static func targets(_ steps: [Scenario.Step]) -> [(service: String, operation: String)] {
        steps.flatMap { step -> [(service: String, operation: String)] in
            switch step {
            case .call(let call): [(call.service, call.operation)]
            case .publish(let publish): [(publish.consumer, publish.operation)]
            case .parallel(let branches): branches.flatMap { targets($0) }
            case .work, .fail: []
            }
        }
    }
}
