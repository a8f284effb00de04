import Testing
import TraceLabCore

@Suite("Trace assembly and the critical path on hand-built spans")
struct AssemblyTests {
    static let trace = TraceID(high: 1, low: 1)

    static func span(
        _ id: UInt64, parent: UInt64?, _ start: UInt64, _ end: UInt64, service: String = "svc",
        trace: TraceID = trace
    ) -> RecordedSpan {
        RecordedSpan(
            traceID: trace, spanID: SpanID(id), parentSpanID: parent.map(SpanID.init), service: service,
            name: "op\(id)", kind: .internal, startNanos: start, endNanos: end)
    }

    @Test("a span whose parent never arrived is an orphan, not a root")
    func orphans() {
        let traces = TraceAssembly.assemble([
            Self.span(1, parent: nil, 0, 10), Self.span(2, parent: 99, 2, 5),
        ])
        #expect(traces.count == 1)
        #expect(traces[0].roots == [SpanID(1)])
        #expect(traces[0].orphans == [SpanID(2)])
        #expect(traces[0].topLevel == [SpanID(1), SpanID(2)])
    }

    @Test("spans group by trace id, first-starting trace first")
    func grouping() {
        let other = TraceID(high: 0, low: 7)
        let traces = TraceAssembly.assemble([
            Self.span(1, parent: nil, 50, 60), Self.span(2, parent: nil, 0, 100, trace: other),
            Self.span(3, parent: 1, 51, 52),
        ])
        #expect(traces.map(\.traceID) == [other, Self.trace])
        #expect(traces[1].children(of: SpanID(1)) == [SpanID(3)])
    }

    @Test("a trace assembled from a mixed run equals the same trace built from its own spans, in start order")
    func assembledEqualsBuiltAlone() {
        let other = TraceID(high: 0, low: 7)
        let run = [
            Self.span(3, parent: 1, 51, 52), Self.span(2, parent: nil, 0, 100, trace: other),
            Self.span(1, parent: nil, 50, 60), Self.span(4, parent: 1, 50, 58),
            Self.span(5, parent: 2, 1, 2, trace: other),
        ]
        let traces = TraceAssembly.assemble(run)
        let mine = run.filter { $0.traceID == Self.trace }
        let alone = AssembledTrace(traceID: Self.trace, spans: mine)
        #expect(traces[1] == alone)
        #expect(traces[1].hashValue == alone.hashValue)
        #expect(traces[1].spans.map(\.spanID) == [SpanID(1), SpanID(4), SpanID(3)])
        #expect(Array(traces[1].spans) == Array(alone.spans))
        #expect(traces[0] != alone)
    }

    @Test("depth-first order visits children under their parent")
    func depthFirst() {
        let trace = AssembledTrace(
            traceID: Self.trace,
            spans: [
                Self.span(1, parent: nil, 0, 10), Self.span(3, parent: 1, 5, 6),
                Self.span(2, parent: 1, 1, 4), Self.span(4, parent: 2, 2, 3),
            ])
        #expect(
            trace.depthFirst().map { "\($0.span.spanID.value)@\($0.depth)" } == ["1@0", "2@1", "4@2", "3@1"])
    }

    @Test("a parent cycle does not hang the walk")
    func cycle() {
        let trace = AssembledTrace(
            traceID: Self.trace, spans: [Self.span(1, parent: 2, 0, 10), Self.span(2, parent: 1, 1, 5)])
        #expect(trace.depthFirst().count == 2)
    }

    @Test("the critical path walks back from the last-finishing child")
    func criticalPath() {
        // root 0..100; a 10..40; b 20..90 (overlaps a, ends last); c 30..35 under b.
        let spans = [
            Self.span(1, parent: nil, 0, 100), Self.span(2, parent: 1, 10, 40),
            Self.span(3, parent: 1, 20, 90),
            Self.span(4, parent: 3, 30, 35),
        ]
        let trace = AssembledTrace(traceID: Self.trace, spans: spans)
        let path = CriticalPath(of: SpanID(1), in: trace)
        let segments = path.segments.map { "\($0.spanID.value):\($0.startNanos)-\($0.endNanos)" }
        #expect(segments == ["1:0-10", "2:10-20", "3:20-30", "4:30-35", "3:35-90", "1:90-100"])
        #expect(path.segments.reduce(0) { $0 + $1.durationNanos } == 100)
    }

    @Test("work that starts after the root ended is never on the path")
    func afterResponse() {
        let spans = [Self.span(1, parent: nil, 0, 100), Self.span(2, parent: 1, 150, 300)]
        let path = CriticalPath(of: SpanID(1), in: AssembledTrace(traceID: Self.trace, spans: spans))
        #expect(path.spanIDs == [SpanID(1)])
    }
}

@Suite("Assembly of short and long traces gives the same structure")
struct AssemblyLengthTests {
    /// A chain of `count` spans, each the child of the one before, plus an orphan and a span
    /// whose id repeats the root's, handed over in reverse start order.
    static func chain(_ count: Int) -> [RecordedSpan] {
        var spans: [RecordedSpan] = []
        for id in 1...count {
            let parent: UInt64? = id == 1 ? nil : UInt64(id - 1)
            spans.append(AssemblyTests.span(UInt64(id), parent: parent, UInt64(id), 1_000))
        }
        spans.append(AssemblyTests.span(999, parent: 12_345, 500, 600))
        spans.append(AssemblyTests.span(1, parent: nil, 2_000, 2_001))
        return spans.reversed()
    }

    @Test(
        "children, orphans, roots and lookups agree below and above the search limit",
        arguments: [5, 24, 25, 200])
    func lengths(count: Int) throws {
        let trace = try #require(TraceAssembly.assemble(Self.chain(count)).first)
        #expect(trace.spans.count == count + 2)
        #expect(trace.spans.map(\.startNanos) == trace.spans.map(\.startNanos).sorted())
        #expect(trace.orphans == [SpanID(999)])
        #expect(trace.roots == [SpanID(1), SpanID(1)])
        #expect(trace.span(SpanID(1))?.startNanos == 1)
        #expect(trace.children(of: SpanID(1)) == [SpanID(2)])
        #expect(trace.children(of: SpanID(UInt64(count))).isEmpty)
        #expect(trace.children(of: SpanID(424_242)).isEmpty)
        #expect(trace.children(of: SpanID(2)) == (count > 2 ? [SpanID(3)] : []))
        #expect(trace.depthFirst().count == count + 2)
    }
}

@Suite("Grouping many traces whose ids look alike")
struct AssemblyGroupingTests {
    @Test(
        "traces sharing their low bits, or an all-zero id, still group apart and keep their spans",
        arguments: [2, 40, 5_000])
    func lookalikes(traces: Int) throws {
        // Every id has the same low 64 bits but one, the all-zero id, which no real run has.
        var spans: [RecordedSpan] = []
        for round in 0..<3 {
            for number in 0..<traces {
                let trace = number == 0 ? TraceID(high: 0, low: 0) : TraceID(high: UInt64(number), low: 4_096)
                let id = UInt64(round * traces + number + 1)
                spans.append(
                    AssemblyTests.span(
                        id, parent: round == 0 ? nil : UInt64(number + 1), UInt64(number * 10 + round),
                        UInt64(number * 10 + 5), trace: trace))
            }
        }
        let assembled = TraceAssembly.assemble(spans)
        #expect(assembled.count == traces)
        #expect(assembled.allSatisfy { $0.spans.count == 3 && $0.roots.count == 1 && $0.orphans.isEmpty })
        #expect(Set(assembled.map(\.traceID)).count == traces)
    }
}
