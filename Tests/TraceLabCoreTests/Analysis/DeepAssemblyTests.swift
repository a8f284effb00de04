import Testing
import TraceLabCore

@Suite("Trace assembly and the critical path on traces too deep for recursion")
struct DeepAssemblyTests {
    static let trace = TraceID(high: 2, low: 2)

    /// Span k (k = 1...depth) runs from k to 2 * depth + 1 - k and is the parent of span k + 1.
    static func chain(depth: UInt64) -> [RecordedSpan] {
        (1...depth).map { id in
            RecordedSpan(
                traceID: trace, spanID: SpanID(id), parentSpanID: id == 1 ? nil : SpanID(id - 1),
                service: "svc", name: "op\(id)", kind: .internal, startNanos: id, endNanos: 2 * depth + 1 - id
            )
        }
    }

    @Test("a chain of 50,000 nested spans is walked without exhausting the stack")
    func deepChain() throws {
        let depth: UInt64 = 50_000
        let traces = TraceAssembly.assemble(Self.chain(depth: depth).reversed())
        let trace = try #require(traces.first)
        let rows = trace.depthFirst()
        #expect(rows.count == Int(depth))
        #expect(rows.last.map { "\($0.span.spanID.value)@\($0.depth)" } == "\(depth)@\(depth - 1)")
        let path = CriticalPath(of: SpanID(1), in: trace)
        // Every span but the innermost owns one stretch before its child and one after.
        #expect(path.segments.count == 2 * Int(depth) - 1)
        #expect(path.segments.first == CriticalPath.Segment(spanID: SpanID(1), startNanos: 1, endNanos: 2))
        #expect(path.segments.reduce(0) { $0 + $1.durationNanos } == 2 * depth - 1)
    }

    @Test("a parent cycle does not hang the critical path")
    func cycle() {
        let spans = [
            RecordedSpan(
                traceID: Self.trace, spanID: SpanID(1), parentSpanID: SpanID(2), service: "a", name: "a",
                kind: .internal, startNanos: 0, endNanos: 10),
            RecordedSpan(
                traceID: Self.trace, spanID: SpanID(2), parentSpanID: SpanID(1), service: "b", name: "b",
                kind: .internal, startNanos: 0, endNanos: 6),
        ]
        let path = CriticalPath(of: SpanID(1), in: AssembledTrace(traceID: Self.trace, spans: spans))
        #expect(path.segments == [CriticalPath.Segment(spanID: SpanID(1), startNanos: 6, endNanos: 10)])
    }
}
