import Foundation
import Testing
import TraceLabCore
import TraceLabExercise

/// The time limit is a hang guard sized to the whole merged suite, not to this test's own
/// second or so of work: Swift Testing starts every test at once, and while the synchronous
/// end-to-end tests wait for their `tracelab` processes they hold the cooperative pool's
/// threads (two on a 2-core machine), so each `await` here queues behind them. In a full
/// `swift test` on a loaded machine this test finished 264 s after it started (it takes 0.4-1 s
/// alone); at one minute the guard fired on a test that was only waiting its turn.
@Suite("what the harness writes on the wire", .timeLimit(.minutes(10)))
struct WireTests {
    @Test("header names, repeated headers and whitespace reach the wire as the cases say, and nothing else")
    func rawHeaders() async throws {
        let capture = try await RawCapture.start()
        _ = try await PropagationHarness(lateCallGrace: .zero).run(
            serviceURL: "http://127.0.0.1:\(capture.port)/", level: 1)
        let heads = capture.requestHeads
        await capture.stop()

        let exchanges = PropagationExercise.cases(level: 1).flatMap(\.exchanges)
        try #require(heads.count == exchanges.count)
        for (head, exchange) in zip(heads, exchanges) {
            let lines: [String] = Array(head.components(separatedBy: "\r\n").suffix(from: 1))
            let traceContext = lines.filter { line in
                let name = line.prefix { $0 != ":" }.lowercased()
                return name == "traceparent" || name == "tracestate"
            }
            #expect(traceContext == exchange.headers.map { "\($0.name): \($0.value)" }, "\(exchange.label)")
        }
    }
}
