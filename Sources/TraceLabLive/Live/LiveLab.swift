import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import Synchronization
import TraceLabCore

/// `tracelab live`: runs every service of a scenario as its own process, sends the user's
/// requests to the entry service over real HTTP, waits until every message has been handled
/// and every process has shipped its spans and exited, and returns what they exported.
public struct LiveLab: Sendable {
    /// How to run.
    public let settings: LiveLabSettings
    /// The real clock, in Unix nanoseconds.
    public let now: @Sendable () -> UInt64

    /// The longest a whole run may take before the lab gives up on it.
    static let runLimitNanos: UInt64 = 300_000_000_000

    /// Creates a lab.
    public init(settings: LiveLabSettings, now: @escaping @Sendable () -> UInt64) {
        self.settings = settings
        self.now = now
    }

    /// Runs the scenario. Throws only when nothing could be run; a service that dies mid-run
    /// is reported in ``LiveLabResult/failures`` with the spans that did arrive.
    public func run() async throws(LiveError) -> LiveLabResult {
        let hub = LiveHub(spanLimit: settings.spanLimit, now: now)
        let hubGroup = ServiceGroup(
            configuration: .init(services: [hub.application()], logger: QuietLogger.logger))
        let hubTask = Task {
            do { try await hubGroup.run() } catch { hub.failedToStart() }
        }
        defer { hubTask.cancel() }
        guard let hubPort = await hub.port() else {
            throw LiveError("cannot start the live lab's collector on 127.0.0.1")
        }
        let children = try await startChildren(hubPort: hubPort)
        var failures: [String] = []
        var ports: [String: Int] = [:]
        for child in children {
            if let port = await child.port() {
                ports[child.service] = port
            } else {
                failures.append(startFailure(child))
            }
        }
        let epoch = now()
        var answers: [(latency: UInt64, ok: Bool)] = []
        if failures.isEmpty {
            hub.setPeers(ports)
            let line = String(decoding: (try? JSONEncoder().encode(ports)) ?? Data("{}".utf8), as: UTF8.self)
            for child in children { child.send(line) }
            let entryPort = ports[settings.scenario.entryService] ?? 0
            answers = await sendRequests(to: entryPort, failures: &failures)
            await waitForQueue(hub.queue, until: epoch + Self.runLimitNanos)
            failures += hub.queue.failures
            failures += children.compactMap { child in
                child.exitStatus.map {
                    "the \(child.service) service (pid \(child.processID)) died during the run with status \($0)"
                        + (child.lastError.map { ": \($0)" } ?? "")
                }
            }
        }
        await stop(children)
        await hubGroup.triggerGracefulShutdown()
        let received = hub.collector.snapshot()
        let halves = hub.crossingHalves
        let calleeSpans = Dictionary(
            halves.lazy.filter { $0.side == .callee }.map { ($0.callID, $0.spanID) },
            uniquingKeysWith: { first, _ in first })
        let entrySpans = (0..<settings.requests).map { index in
            calleeSpans[Self.entryCallID(index)].flatMap { SpanID(hex: $0) }
        }
        let requestSpan =
            entrySpans.first.flatMap { $0 }
            ?? received.spans.filter { $0.service == settings.scenario.entryService && $0.kind == .server }
            .min { $0.startNanos < $1.startNanos }?.spanID ?? SpanID(0)
        let crossings = CrossingJoin.crossings(from: halves, spans: received.spans)
        let owners = LiveRequests(entrySpanIDs: entrySpans, spans: received.spans, crossings: crossings)
        let run = LabRun(
            scenarioID: settings.scenario.id, spans: received.spans, crossings: crossings,
            requestSpanID: requestSpan, epochNanos: epoch, requests: owners.requests,
            spanRequests: owners.spanRequests, crossingRequests: owners.crossingRequests)
        return LiveLabResult(
            run: run, resources: received.resources, failures: failures,
            requestLatencies: answers.map(\.latency), successfulLatencies: answers.filter(\.ok).map(\.latency)
        )
    }

    static func entryCallID(_ index: Int) -> String { "user-\(index + 1)" }

    private func startChildren(hubPort: Int) async throws(LiveError) -> [ChildProcess] {
        var environment = ProcessInfo.processInfo.environment
        environment.merge(settings.environment) { _, new in new }
        var children: [ChildProcess] = []
        for (index, service) in settings.scenario.services.enumerated() {
            let seed = settings.seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index + 1)
            do {
                children.append(
                    try ChildProcess(
                        service: service.name, executable: settings.executable,
                        arguments: settings.serveArguments(
                            service: service.name, hubPort: hubPort, seed: seed),
                        environment: environment))
            } catch {
                await stop(children)
                throw error
            }
        }
        return children
    }

    private func startFailure(_ child: ChildProcess) -> String {
        "the \(child.service) service failed to start" + (child.lastError.map { ": \($0)" } ?? "")
    }

    /// Sends the requests at the configured rate and waits for every answer; returns how long
    /// each answer took and whether it was a success.
    private func sendRequests(to port: Int, failures: inout [String]) async -> [(latency: UInt64, ok: Bool)] {
        guard let entry = settings.scenario.service(settings.scenario.entryService) else { return [] }
        let route = LiveRoute(operation: settings.scenario.entryOperation, service: entry)
        let interval = settings.rate > 0 ? UInt64(1e9 / settings.rate) : 0
        let client = UntracedHTTPClient.make()
        let outcomes = await withTaskGroup(of: ((UInt64, Bool)?, String?).self) { group in
            for index in 0..<settings.requests {
                group.addTask {
                    await RealWait.wait(nanos: UInt64(index) * interval)
                    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(route.path)")
                    request.method = HTTPMethod(rawValue: route.method)
                    request.headers.add(name: "x-correlation-id", value: correlationID(index))
                    request.headers.add(name: ServiceTracer.callHeader, value: Self.entryCallID(index))
                    let start = now()
                    do {
                        let response = try await client.execute(request, timeout: .seconds(120))
                        _ = try await response.body.collect(upTo: 64 * 1024)
                        return ((now() - start, (200..<300).contains(response.status.code)), nil)
                    } catch {
                        return (
                            nil,
                            "request \(index + 1) to \(entry.name) got no answer: \(TextCleaning.oneLine("\(error)", limit: 120))"
                        )
                    }
                }
            }
            var results: [((UInt64, Bool)?, String?)] = []
            for await outcome in group { results.append(outcome) }
            return results
        }
        try? await client.shutdown()
        failures += outcomes.compactMap { $0.1 }.prefix(3)
        return outcomes.compactMap { $0.0.map { (latency: $0.0, ok: $0.1) } }
    }

    private func correlationID(_ index: Int) -> String {
        var generator = SplitMix64(seed: settings.seed &+ UInt64(index))
        return "req-" + String(generator.next() & 0xFFFF_FFFF_FFFF, radix: 16)
    }

    private func waitForQueue(_ queue: LiveQueue, until deadline: UInt64) async {
        while queue.pending > 0 && now() < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Closes every child's input, waits up to ten seconds for each to ship and exit, then kills.
    private func stop(_ children: [ChildProcess]) async {
        for child in children { child.closeInput() }
        await withTaskGroup(of: Void.self) { group in
            for child in children {
                group.addTask {
                    let exited = Task { _ = await child.exited() }
                    let deadline = Task {
                        try? await Task.sleep(for: .seconds(10))
                        child.kill()
                    }
                    await exited.value
                    deadline.cancel()
                }
            }
        }
    }
}
