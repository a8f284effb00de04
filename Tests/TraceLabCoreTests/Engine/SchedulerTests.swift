import Testing
import TraceLabCore

@Suite("The event-driven engine: arrivals, workers, queues, determinism")
struct SchedulerTests {
    static let pool = """
        id: pool
        title: One worker
        request:
          service: front
          operation: GET /
        services:
          front:
            GET /:
              - call: back GET /work
          back:
            workers: 1
            GET /work:
              - work: 100ms
              - publish: done
                to: sink take done
                queue-delay: 50ms
          sink:
            workers: 1
            take done:
              - work: 300ms
        """

    @Test(
        "requests that find every worker busy wait in line, first come first served, and the wait is on the server span"
    )
    func workersQueueFirstInFirstOut() throws {
        let run = try EngineFixture.run(
            try EngineFixture.load(Self.pool), requests: 3, rate: 1000, arrivals: .even)
        let served = run.spans.filter { $0.service == "back" && $0.kind == .server }.sorted {
            $0.startNanos < $1.startNanos
        }
        #expect(served.count == 3)
        // Arrivals 1 ms apart; each holds the only worker for 100 ms.
        let waits = served.map { span -> Double in
            guard case .double(let value)? = span.attributes["tracelab.worker.wait_ms"] else { return -1 }
            return value
        }
        #expect(waits == [0, 99, 198])
        let ends = served.map { ($0.endNanos - CheckoutFixture.epoch) / 1_000_000 }
        #expect(ends == [100, 200, 300])
        #expect(served[1].events.contains { $0.name == "worker acquired" })
    }

    @Test("messages are delivered after their delay and wait for the consumer's workers")
    func queueRespectsConsumerWorkers() throws {
        let run = try EngineFixture.run(
            try EngineFixture.load(Self.pool), requests: 3, rate: 1000, arrivals: .even)
        let consumers = run.spans.filter { $0.kind == .consumer }.map {
            ($0.startNanos - CheckoutFixture.epoch) / 1_000_000
        }
        .sorted()
        // Published at 100, 200, 300 ms; delivered 50 ms later; one worker takes 300 ms each.
        #expect(consumers == [150, 450, 750])
    }

    @Test("the same options give the same run; another seed gives other ids and arrivals")
    func determinism() throws {
        let scenario = try EngineFixture.busyCheckout()
        let first = try EngineFixture.run(scenario, requests: 40, rate: 20, seed: 7)
        let again = try EngineFixture.run(scenario, requests: 40, rate: 20, seed: 7)
        let other = try EngineFixture.run(scenario, requests: 40, rate: 20, seed: 8)
        #expect(first == again)
        #expect(first.spans.map(\.spanID) != other.spans.map(\.spanID))
        #expect(first.requests.map(\.arrivalNanos) != other.requests.map(\.arrivalNanos))
    }

    @Test("even arrivals are exactly 1/rate apart; Poisson arrivals start at the epoch and average 1/rate")
    func arrivals() throws {
        var generator = SplitMix64(seed: 1)
        #expect(
            ArrivalPattern.even.offsets(count: 4, rate: 4, generator: &generator) == [
                0, 250_000_000, 500_000_000, 750_000_000,
            ])
        let poisson = ArrivalPattern.poisson.offsets(count: 2001, rate: 100, generator: &generator)
        #expect(poisson.first == 0)
        #expect(zip(poisson, poisson.dropFirst()).allSatisfy { $0 <= $1 })
        let meanGap = Double(poisson.last!) / 2000 / 1e6
        #expect((8.5...11.5).contains(meanGap))
    }

    @Test("every request of a many-request checkout keeps the single checkout's figures")
    func manyCheckouts() throws {
        let run = try EngineFixture.run(try CheckoutFixture.scenario(), requests: 200, rate: 50, seed: 7)
        #expect(run.requests.count == 200)
        let analysis = LabAnalysis(run: run)
        #expect(analysis.traceCount == 200)
        let metrics = RunMetrics(run: run)
        #expect(metrics.row(service: "gateway", operation: "POST /checkout")?.count == 200)
        #expect(metrics.row(service: "gateway", operation: "POST /checkout")?.p99Nanos == 2_800_000_000)
        #expect(run.spanRequests.count == run.spans.count)
        let one = run.request(3)
        #expect(one.spans.count == 11)
        #expect(LabAnalysis(run: one).userVisibleLatencyNanos == 2_800_000_000)
    }

    @Test("the tracer records what every crossing injected and extracted")
    func carriersRecorded() throws {
        let run = try CheckoutFixture.run()
        for crossing in run.crossings {
            #expect(crossing.sent["traceparent"] != nil)
            #expect(crossing.received == crossing.sent)
        }
        let off = try CheckoutFixture.run(.allOff)
        #expect(off.crossings.allSatisfy { $0.sent.isEmpty && $0.received.isEmpty })
    }

    @Test("log steps write lines stamped with the current span's ids and the correlation id")
    func logs() throws {
        let run = try EngineFixture.run(try EngineFixture.busyCheckout(), requests: 5, rate: 10, seed: 3)
        #expect(!run.logs.isEmpty)
        #expect(zip(run.logs, run.logs.dropFirst()).allSatisfy { $0.timeNanos <= $1.timeNanos })
        let spans = Dictionary(run.spans.map { ($0.spanID, $0) }, uniquingKeysWith: { first, _ in first })
        for record in run.logs {
            let span = try #require(record.spanID.flatMap { spans[$0] })
            #expect(span.service == record.service)
            #expect(span.traceID == record.traceID)
            #expect(run.requests.contains { $0.correlationID == record.correlationID })
        }
    }
}
