import TraceLabCore

/// The summary of a many-request run: how many requests arrived over how long, what the users
/// waited (percentiles), how many failed, how many traces the spans became, where context was
/// lost and how many requests each orphan could belong to if matched by time, and how long
/// requests waited for workers.
public struct LoadSummaryRenderer: Sendable {
    /// The attribute the simulator records a worker wait in, on server and consumer spans.
    public static let workerWaitAttribute = "tracelab.worker.wait_ms"

    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The summary as labelled lines without a trailing newline.
    public func render(_ analysis: LabAnalysis) -> String {
        let run = analysis.run
        let requestIDs = Set(run.requests.map(\.requestSpanID))
        let requestSpans = run.spans.filter { requestIDs.contains($0.spanID) }
        let latencies = requestSpans.map(\.durationNanos).sorted()
        let first = run.requests.first?.arrivalNanos ?? 0
        let last = run.requests.last?.arrivalNanos ?? 0
        var rows: [(String, String)] = []
        rows.append(
            ("requests", "\(run.requests.count), arriving over \(DurationText.format(nanos: last - first))"))
        rows.append(
            (
                "users waited",
                "p50 \(duration(Percentile.of(50, sorted: latencies))) · p90 \(duration(Percentile.of(90, sorted: latencies))) · "
                    + "p99 \(duration(Percentile.of(99, sorted: latencies))) · max \(duration(latencies.last ?? 0))"
            ))
        let failed = requestSpans.filter(\.status.isError).count
        rows.append(("failed", "\(failed) of \(requestSpans.count) requests"))
        let fragments = analysis.traces.count - Set(requestSpans.map(\.traceID)).count
        rows.append(
            (
                "traces",
                "\(analysis.traces.count)"
                    + (fragments > 0
                        ? " (\(fragments) fragments holding no user request)" : ": one per request")
            ))
        rows.append(("context lost", lost(analysis)))
        if !analysis.timestampMatches.isEmpty { rows.append(("by time", candidates(analysis))) }
        for (service, waits) in workerWaits(run) {
            let sorted = waits.sorted()
            rows.append(
                (
                    "workers",
                    "\(service): \(sorted.filter { $0 > 0 }.count) of \(sorted.count) waited for a worker, "
                        + "p99 \(duration(Percentile.of(99, sorted: sorted))), max \(duration(sorted.last ?? 0))"
                ))
        }
        return LabelledRows.render(rows, style: style)
    }

    private func duration(_ nanos: UInt64) -> String {
        SpanText.duration(nanos)
    }

    private func lost(_ analysis: LabAnalysis) -> String {
        let lost = analysis.lostCrossings
        guard !lost.isEmpty else { return "nowhere: the context crossed every boundary" }
        var order: [String] = []
        var counts: [String: Int] = [:]
        for crossing in lost {
            if counts[crossing.boundary] == nil { order.append(crossing.boundary) }
            counts[crossing.boundary, default: 0] += 1
        }
        return order.map { "\($0) ×\(counts[$0] ?? 0)" }.joined(separator: ", ")
    }

    private func candidates(_ analysis: LabAnalysis) -> String {
        let counts = analysis.timestampMatches.map(\.candidates).sorted()
        let ambiguous = counts.filter { $0 > 1 }.count
        return
            "matching each orphan to its caller by timestamps leaves \(counts.first ?? 0)–\(counts.last ?? 0) "
            + "candidate callers (median \(counts[counts.count / 2])); \(ambiguous) of \(counts.count) are ambiguous"
    }

    private func workerWaits(_ run: LabRun) -> [(String, [UInt64])] {
        var order: [String] = []
        var waits: [String: [UInt64]] = [:]
        for span in run.spans {
            guard case .double(let milliseconds)? = span.attribute(Self.workerWaitAttribute) else {
                continue
            }
            if waits[span.service] == nil { order.append(span.service) }
            waits[span.service, default: []].append(UInt64((milliseconds * 1e6).rounded()))
        }
        return order.map { ($0, waits[$0] ?? []) }
    }
}
