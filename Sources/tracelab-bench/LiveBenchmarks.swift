import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import TraceLabCore
import TraceLabLive

/// The live lab's figures: what running the checkout as real processes adds to its own
/// timeline, and how many spans per second the OTLP/HTTP collector takes in over loopback.
extension Benchmarks {
    /// Twenty checkouts at `--time-scale 0.01` (a 28 ms timeline), and five at 0.1 (280 ms): the
    /// median time of a successful answer minus the timeline is the overhead of real processes,
    /// HTTP and tracing per checkout.
    func liveOverhead() {
        for (scale, requests) in [(0.01, 20), (0.1, 5)] {
            let timeline = 2_800_000_000.0 * scale
            let name = "live at time scale \(scale)"
            let target = scale == 0.01 ? "≤ 50 ms" : "about \(Stopwatch.ms(timeline / 1e9))"
            let result: LiveLabResult
            switch liveRun(timeScale: scale, requests: requests) {
            case .failure(let problem):
                report(name, problem.message, target: target, met: false)
                continue
            case .success(let run): result = run
            }
            let failed = result.requestLatencies.count - result.successfulLatencies.count
            guard !result.successfulLatencies.isEmpty else {
                report(name, "none of \(requests) checkouts succeeded", target: target, met: false)
                continue
            }
            let sorted = result.successfulLatencies.sorted()
            let median = Double(sorted[sorted.count / 2])
            let overhead = max(0, median - timeline) / 1e9
            report(
                name,
                "\(Stopwatch.ms(median / 1e9)) for a \(Stopwatch.ms(timeline / 1e9)) timeline: "
                    + "\(Stopwatch.ms(overhead)) added (median of \(sorted.count) successful checkouts; "
                    + "\(failed) of \(requests) timed out)",
                target: target, met: overhead <= 0.05)
        }
    }

    /// The collector's own log lines (start, stop) would break the benchmark's table.
    private static let quietLogger: Logger = {
        var logger = Logger(label: "tracelab-bench.collector")
        logger.logLevel = .critical
        return logger
    }()

    private struct LiveProblem: Error {
        let message: String
    }

    /// `requests` checkouts at 20 a second as real processes, from the `tracelab` built beside
    /// this benchmark.
    private func liveRun(timeScale: Double, requests: Int) -> Result<LiveLabResult, LiveProblem> {
        guard let executable = tracelabBeside() else {
            return .failure(LiveProblem(message: "no tracelab beside tracelab-bench; build it first"))
        }
        let settings = LiveLabSettings(
            scenario: loadCheckout(), scenarioReference: "checkout", executable: executable,
            environment: ["TRACELAB_CONTENT_DIR": contentRoot.path], propagation: .allOn,
            requests: requests, rate: 20, timeScale: timeScale, seed: 7, spanLimit: 100_000)
        let now: @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970 * 1e9) }
        do {
            let result = try AsyncBridge.wait({ () async throws(LiveError) in
                try await LiveLab(settings: settings, now: now).run()
            })
            if let failure = result.failures.first {
                return .failure(LiveProblem(message: "the live lab failed: \(failure)"))
            }
            return .success(result)
        } catch {
            return .failure(LiveProblem(message: "the live lab failed: \(error.message)"))
        }
    }

    /// 200 OTLP protobuf exports of 1,000 spans each, four at a time, into a collector on 127.0.0.1.
    func collectorIngest() {
        let spans = SyntheticTrace.spans(count: 1_000)
        let body = OTLPProtobufEncoder.encode(spans)
        let batches = 200
        let seconds: Double
        do {
            seconds = try AsyncBridge.wait { () async throws -> Double in
                try await ingest(body, batches: batches, spansPerBatch: spans.count)
            }
        } catch {
            report(
                "collector ingest", "could not run the collector: \(String(describing: error).prefix(160))",
                target: "≥ 100,000 spans/s", met: false)
            return
        }
        let rate = Double(batches * spans.count) / seconds
        report(
            "collector ingest, OTLP protobuf over loopback",
            "\(Int(rate)) spans/s (\(batches) exports of \(spans.count) spans, \(body.count / 1024) KiB each, \(Stopwatch.ms(seconds)))",
            target: "≥ 100,000 spans/s", met: rate >= 100_000)
    }

    /// Sends `batches` copies of `body` to a fresh collector; the seconds they took. The client
    /// is shut down whatever happens (AsyncHTTPClient traps on a client dropped while open).
    private func ingest(_ body: [UInt8], batches: Int, spansPerBatch: Int) async throws -> Double {
        let collector = TraceCollector(spanLimit: 10_000_000)
        let router = Router()
        OTLPReceiver(bodyLimit: 16 * 1024 * 1024, collector: collector, now: { 0 }).register(on: router)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { portSink.yield($0.localAddress?.port ?? 0) },
            logger: Self.quietLogger)
        let server = Task { try await app.run() }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        var configuration = HTTPClient.Configuration()
        configuration.tracing.tracer = nil
        let client = HTTPClient(
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        let start = DispatchTime.now().uptimeNanoseconds
        var failure: (any Error)?
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for lane in 0..<4 {
                    group.addTask {
                        for _ in stride(from: lane, to: batches, by: 4) {
                            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v1/traces")
                            request.method = .POST
                            request.headers.add(name: "content-type", value: "application/x-protobuf")
                            request.body = .bytes(ByteBuffer(bytes: body))
                            let response = try await client.execute(request, timeout: .seconds(30))
                            _ = try await response.body.collect(upTo: 1024)
                            guard response.status == .ok else {
                                throw IngestRefused(status: response.status.code)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        } catch {
            failure = error
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        try? await client.shutdown()
        if let failure { throw failure }
        guard collector.receivedCount == batches * spansPerBatch else {
            throw IngestRefused(status: 0)
        }
        return elapsed
    }
}

/// The collector answered an export with an error status (0: it kept fewer spans than were sent).
struct IngestRefused: Error {
    let status: UInt
}
