import Testing
import TraceLabCore
import TraceLabTerminal

@Suite("CriticalPathRenderer")
struct CriticalPathRendererTests {
    private func lines(_ analysis: LabAnalysis, width: Int = 100) -> [String] {
        Rendered.lines(CriticalPathRenderer(style: .plain(width: width)).render(analysis))
    }

    @Test(
        "each segment shows from–to in ms since the request began, duration, share and span",
        arguments: [
            ("0–40 ms", "40 ms", "1%", "gateway POST /checkout"),
            ("160–950 ms", "790 ms", "28%", "payment-provider POST /authorize"),
            ("950–1050 ms", "100 ms", "4%", "billing POST /charges"),
            ("1060–1640 ms", "580 ms", "21%", "payment-provider POST /authorize"),
            ("2750–2800 ms", "50 ms", "2%", "gateway POST /checkout"),
        ])
    func segments(range: String, took: String, share: String, span: String) throws {
        let row = try #require(lines(CheckoutFixture.connected).first { $0.contains(" " + range + " ") })
        #expect(row.contains(" \(took) "))
        #expect(row.contains(" \(share) "))
        #expect(row.hasSuffix(span))
    }

    @Test("the segments cover the request from start to end, in order")
    func coverage() {
        let ranges = lines(CheckoutFixture.connected).compactMap { line -> (Int, Int)? in
            guard let match = line.firstMatch(of: /(\d+)–(\d+) ms/) else { return nil }
            return (Int(match.1)!, Int(match.2)!)
        }
        #expect(ranges.first?.0 == 0)
        #expect(ranges.last?.1 == 2800)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.1 == $1.0 })
    }

    @Test("per-service totals are listed and the dominant service named")
    func services() {
        let output = lines(CheckoutFixture.connected)
        #expect(output.contains("  billing      1.9 s  68%"))
        #expect(output.contains("  enrollment  760 ms  27%"))
        #expect(output.contains("billing dominates: 1.9 s of the 2.8 s the user waited (68%)."))
    }

    @Test("narrow output moves the span under its numbers instead of hiding it")
    func narrow() {
        let output = lines(CheckoutFixture.connected, width: 40)
        let index = output.firstIndex { $0.contains("160–950 ms") }
        #expect(index.map { output[$0 + 1].contains("payment-provider POST /authorize") } == true)
    }

    @Test("a run without its request span says there is no path")
    func missingRequest() {
        let analysis = LabAnalysis(run: CheckoutFixture.run(dropping: [1]))
        #expect(lines(analysis).joined(separator: " ").contains("no critical path"))
    }
}
