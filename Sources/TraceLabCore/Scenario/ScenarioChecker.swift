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

    /// A depth-first search over operation -> operation edges, with an explicit stack so a chain
    /// of any length is walked without recursion; a back edge is a cycle. Then the limits on call
    /// depth and spans per request, on the graph known to be acyclic.
    private func checkForCycles() throws(ContentError) {
        let graph = OperationGraph(scenario: scenario, lines: lines)
        if let line = graph.firstCycleLine() {
            throw ContentError(
                file: file, line: line,
                message:
                    "this call or publish leads back to an operation already in progress; break the cycle")
        }
        guard let entry = graph.index(service: scenario.entryService, operation: scenario.entryOperation)
        else { return }
        let limits = graph.limits(from: entry)
        if let line = limits.lineBeyondDepthLimit {
            throw ContentError(
                file: file, line: line,
                message:
                    "this call is more than \(ScenarioLimits.maxCallDepth) calls deep below the request; "
                    + "at most \(ScenarioLimits.maxCallDepth) nested calls or messages are allowed")
        }
        if limits.spansPerRequest > ScenarioLimits.maxSpansPerRun {
            throw ContentError(
                file: file, line: requestLine,
                message:
                    "one request can create up to \(limits.spansPerRequest == Int.max ? "too many" : String(limits.spansPerRequest)) spans; "
                    + "a run may create at most \(ScenarioLimits.maxSpansPerRun): reduce retries, fan-out or messages"
            )
        }
    }
}
