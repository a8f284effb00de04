/// Reads a scenario YAML file into a ``Scenario``, checking everything an instructor can get
/// wrong: the first mistake comes back as one ``ContentError`` with the file, the line and the fix.
///
/// The format is documented in the README ("Scenario files").
public enum ScenarioLoader {
    private static let topKeys = [
        "id", "title", "summary", "request", "network-latency", "jitter", "services", "sampling",
    ]
    private static let verbs = ["work", "call", "publish", "parallel", "fail", "log"]
    /// The key of a service's worker pool size; every other key of a service is an operation.
    static let workersKey = "workers"
    /// The key of a service's own sampling policy (`sampler: head:50%`).
    static let samplerKey = "sampler"
    private static let callModifiers = ["timeout", "retries", "backoff"]
    private static let publishModifiers = ["to", "duration", "queue-delay"]

    /// Parses and checks `text`, the contents of `file`.
    public static func load(text: String, file: String) throws(ContentError) -> Scenario {
        let root = try ContentReader(ContentNode.parse(text, file: file), file: file, context: "the scenario")
        try root.rejectUnknownKeys(topKeys)
        let id = try root.string("id")
        guard Identifier.isValid(id) else {
            throw root.error(
                at: "id",
                "scenario id '\(id)' must be lowercase letters, digits and hyphens, such as 'checkout'")
        }
        let request = try requestTarget(root)
        let services = try self.services(root)
        var scenario = Scenario(
            id: id, title: try root.string("title"), summary: try root.optionalString("summary") ?? "",
            entryService: request.service, entryOperation: request.operation,
            networkLatencyNanos: try root.optionalDuration("network-latency") ?? 0,
            jitterNanos: try root.optionalDuration("jitter") ?? 0, services: services.map(\.service))
        scenario.sampling = try policy(root, key: "sampling", service: nil)
        try ScenarioChecker(
            scenario: scenario, file: file, lines: services.flatMap(\.lines), requestLine: request.line
        )
        .check()
        return scenario
    }

    private static func requestTarget(_ root: ContentReader) throws(ContentError) -> (
        service: String, operation: String, line: Int
    ) {
        guard let node = root.node("request") else {
            throw root.error(at: "request", "the scenario needs 'request'")
        }
        let request = try ContentReader(node, file: root.file, context: "'request'")
        try request.rejectUnknownKeys(["service", "operation"])
        return (try request.string("service"), try request.string("operation"), node.line)
    }

    private static func services(_ root: ContentReader) throws(ContentError) -> [(
        service: Scenario.Service, lines: [StepLine]
    )] {
        guard let node = root.node("services") else {
            throw root.error(
                at: "services", "the scenario needs 'services', a mapping of service name to operations")
        }
        let services = try ContentReader(node, file: root.file, context: "'services'")
        guard !services.entries.isEmpty else {
            throw root.error(
                at: "services", "'services' is empty; describe at least the service named in 'request'")
        }
        var result: [(service: Scenario.Service, lines: [StepLine])] = []
        for entry in services.entries {
            guard Identifier.isValid(entry.key) else {
                throw ContentError(
                    file: root.file, line: entry.line,
                    message: "service name '\(entry.key)' must be lowercase letters, digits and hyphens")
            }
            let operations = try ContentReader(
                entry.value, file: root.file, context: "service '\(entry.key)'")
            guard !operations.entries.isEmpty else {
                throw ContentError(
                    file: root.file, line: entry.line,
                    message: "service '\(entry.key)' has no operations; add one")
            }
            var lines: [StepLine] = []
            var parsed: [Scenario.Operation] = []
            let workers = try operations.optionalInt(workersKey, in: 1...100_000)
            let sampler = try policy(operations, key: samplerKey, service: entry.key)
            for operation in operations.entries
            where operation.key != workersKey && operation.key != samplerKey {
                let context = "operation '\(operation.key)' of '\(entry.key)'"
                guard case .sequence(let items, _) = operation.value else {
                    throw ContentError(
                        file: root.file, line: operation.value.line,
                        message: "\(context) must be a list of steps, not \(operation.value.kindName)")
                }
                var steps: [Scenario.Step] = []
                for item in items {
                    steps.append(try step(item, file: root.file, caller: entry.key, lines: &lines))
                }
                parsed.append(Scenario.Operation(name: operation.key, steps: steps))
            }
            guard !parsed.isEmpty else {
                throw ContentError(
                    file: root.file, line: entry.line,
                    message: "service '\(entry.key)' has no operations; add one")
            }
            result.append(
                (
                    Scenario.Service(name: entry.key, operations: parsed, workers: workers, sampler: sampler),
                    lines
                ))
        }
        return result
    }

    /// The sampling policy under `key`; a service's own policy cannot be a tail policy.
    private static func policy(_ reader: ContentReader, key: String, service: String?) throws(ContentError)
        -> SamplingPolicy?
    {
        guard let text = try reader.optionalString(key) else { return nil }
        switch SamplingPolicy.parse(text) {
        case .failure(let error):
            throw reader.error(at: key, "'\(key)': \(error.message)")
        case .success(let policy):
            if let service, let problem = SamplingSettings.checkServicePolicy(policy, service: service) {
                throw reader.error(at: key, problem.message)
            }
            return policy
        }
    }

    private static func step(_ node: ContentNode, file: String, caller: String, lines: inout [StepLine])
        throws(ContentError) -> Scenario.Step
    {
        let reader = try ContentReader(node, file: file, context: "a step")
        let present = reader.entries.filter { verbs.contains($0.key) }
        guard present.count == 1, let verb = present.first else {
            throw ContentError(
                file: file, line: node.line,
                message: "each step needs exactly one of \(verbs.joined(separator: ", ")); found "
                    + (present.isEmpty ? "none" : present.map(\.key).joined(separator: " and ")))
        }
        switch verb.key {
        case "work":
            try reader.rejectUnknownKeys(["work"])
            if case .mapping = verb.value {
                return .workDistribution(try distribution(verb.value, file: file))
            }
            return .work(try workDurations(verb.value, file: file))
        case "fail":
            try reader.rejectUnknownKeys(["fail", "rate"])
            let message = try reader.string("fail")
            guard let rate = try failureRate(reader) else { return .fail(message) }
            return .failSometimes(message, rate: rate)
        case "log":
            try reader.rejectUnknownKeys(["log"])
            return .log(try reader.string("log"))
        case "call":
            try reader.rejectUnknownKeys(["call"] + callModifiers)
            let target = try Target(reader.string("call"), key: "call", reader: reader)
            lines.append(StepLine(line: verb.line, caller: caller, target: target, isPublish: false))
            return .call(
                Scenario.Call(
                    service: target.service, operation: target.operation,
                    timeoutNanos: try reader.optionalDuration("timeout"),
                    retries: try reader.optionalInt("retries", in: 0...10) ?? 0,
                    backoffNanos: try reader.optionalDuration("backoff") ?? 0))
        case "publish":
            try reader.rejectUnknownKeys(["publish"] + publishModifiers)
            let topic = try reader.string("publish")
            let target = try Target(reader.string("to"), key: "to", reader: reader)
            lines.append(StepLine(line: verb.line, caller: caller, target: target, isPublish: true))
            return .publish(
                Scenario.Publish(
                    topic: topic, consumer: target.service, operation: target.operation,
                    durationNanos: try reader.optionalDuration("duration") ?? 0,
                    queueDelayNanos: try reader.optionalDuration("queue-delay") ?? 0))
        default:
            try reader.rejectUnknownKeys(["parallel"])
            let branches = try reader.list("parallel")
            guard branches.count >= 2 else {
                throw reader.error(
                    at: "parallel", "'parallel' needs a list of at least two steps to run at once")
            }
            var parsed: [[Scenario.Step]] = []
            for branch in branches {
                parsed.append([try step(branch, file: file, caller: caller, lines: &lines)])
            }
            return .parallel(parsed)
        }
    }

    /// `{median: 80ms, p99: 400ms}`: a latency distribution.
    private static func distribution(_ node: ContentNode, file: String) throws(ContentError)
        -> LatencyDistribution
    {
        let reader = try ContentReader(node, file: file, context: "'work'")
        try reader.rejectUnknownKeys(["median", "p99"])
        guard let median = try reader.optionalDuration("median"), let p99 = try reader.optionalDuration("p99")
        else {
            throw ContentError(
                file: file, line: node.line,
                message: "a varying 'work' needs both 'median' and 'p99', such as {median: 80ms, p99: 400ms}")
        }
        guard p99 >= median else {
            throw reader.error(at: "p99", "'p99' must be at least 'median'; 99 % of the draws lie below it")
        }
        return LatencyDistribution(medianNanos: median, p99Nanos: p99)
    }

    /// `rate: 5%` or `rate: 0.05`: the share of invocations that fail, or nil when absent.
    private static func failureRate(_ reader: ContentReader) throws(ContentError) -> Double? {
        guard let text = try reader.optionalString("rate") else { return nil }
        let percent = text.hasSuffix("%")
        let number = Double(percent ? String(text.dropLast()) : text).map { percent ? $0 / 100 : $0 }
        guard let number, number.isFinite, (0...1).contains(number) else {
            throw reader.error(
                at: "rate", "'rate' must be a share from 0 to 1 or a percentage such as 5%, not '\(text)'")
        }
        return number
    }

    private static func workDurations(_ node: ContentNode, file: String) throws(ContentError) -> [UInt64] {
        let items: [ContentNode]
        if case .sequence(let list, _) = node { items = list } else { items = [node] }
        guard !items.isEmpty else {
            throw ContentError(file: file, line: node.line, message: "'work' needs a duration such as 40ms")
        }
        var durations: [UInt64] = []
        for item in items {
            guard case .scalar(let text, _) = item, let nanos = DurationText.nanoseconds(text) else {
                throw ContentError(
                    file: file, line: item.line,
                    message: "'work' must be a duration like 40ms, or a list of them (one per invocation)")
            }
            durations.append(nanos)
        }
        return durations
    }
}

/// Where a call or publish step points, and the line it was written on, for later checks.
struct StepLine {
    let line: Int
    let caller: String
    let target: Target
    let isPublish: Bool
}

/// `service operation words`, as written after `call:` or `to:`.
struct Target: Hashable {
    let service: String
    let operation: String

    init(_ text: String, key: String, reader: ContentReader) throws(ContentError) {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else {
            throw reader.error(
                at: key,
                "'\(key)' must name a service and an operation, such as 'billing POST /charges', not '\(text)'"
            )
        }
        service = String(words[0])
        operation = String(words[1].trimmingWhitespace)
    }
}

/// Names instructors type in a shell: lowercase letters, digits and hyphens.
enum Identifier {
    static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
}
