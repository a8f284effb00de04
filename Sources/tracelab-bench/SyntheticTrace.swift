import TraceLabCore

/// A large, realistic-looking trace for the benchmarks: a tree where every span has up to
/// eight children laid out one after another inside it.
enum SyntheticTrace {
    static func spans(count: Int) -> [RecordedSpan] {
        let trace = TraceID(high: 0x4BF9_2F35_77B3_4DA6, low: 0xA3CE_929D_0E0E_4736)
        var spans: [RecordedSpan] = []
        spans.reserveCapacity(count)
        spans.append(
            RecordedSpan(
                traceID: trace, spanID: SpanID(1), parentSpanID: nil, service: "gateway", name: "GET /",
                kind: .server, startNanos: 0, endNanos: 1_000_000_000_000))
        var parentIndex = 0
        while spans.count < count {
            let parent = spans[parentIndex]
            let children = min(8, count - spans.count)
            let slot = parent.durationNanos / UInt64(children + 1)
            for child in 0..<children {
                let start = parent.startNanos + slot / 2 + UInt64(child) * slot
                spans.append(
                    RecordedSpan(
                        traceID: trace, spanID: SpanID(UInt64(spans.count + 1)), parentSpanID: parent.spanID,
                        service: "service-\(spans.count % 17)", name: "operation \(spans.count % 101)",
                        kind: child % 2 == 0 ? .client : .internal, startNanos: start,
                        endNanos: start + slot * 9 / 10))
            }
            parentIndex += 1
        }
        var generator = SplitMix64(seed: 2026)
        return spans.shuffled(using: &generator)
    }
}
