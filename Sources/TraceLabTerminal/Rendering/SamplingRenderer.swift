import TraceLabCore

/// What a run's sampling kept and lost, as labelled lines: traces and spans kept, their cost as
/// OTLP/protobuf (per run and per day at the run's rate), how many failed and slowest traces
/// survived, what a tail collector had to hold, and the broken traces with the service to blame.
public struct SamplingRenderer: Sendable {
    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The summary without a trailing newline.
    public func render(_ report: SamplingReport) -> String {
        var rows: [(String, String)] = []
        rows.append(("sampling", report.settings.summary))
        rows.append(
            (
                "kept",
                "\(report.keptTraces) of \(report.traces.count) traces, "
                    + "\(report.keptSpans) of \(report.totalSpans) spans"
            ))
        let rate = NumberText.compact(report.ratePerSecond)
        rows.append(
            (
                "cost",
                "\(Self.bytes(Double(report.keptBytes))) of \(Self.bytes(Double(report.totalBytes))) as "
                    + "OTLP/protobuf (\(Self.bytes(Double(report.totalBytes) / Double(max(1, report.traces.count)))) "
                    + "a trace on average); at \(rate) requests/s that is \(Self.bytes(report.perDay(report.keptBytes))) "
                    + "a day instead of \(Self.bytes(report.perDay(report.totalBytes)))"
            ))
        rows.append(
            (
                "failed",
                report.errorTracesTotal == 0
                    ? "no trace had a failed span"
                    : "\(report.errorTracesKept) of the \(report.errorTracesTotal) traces with a failed span kept"
            ))
        let slowest = report.slowestTraces
        rows.append(
            (
                "slowest",
                "\(report.slowestKept) of the \(slowest.count) slowest "
                    + (slowest.count == 1 ? "trace" : "traces") + " (the top 1 %) kept"
            ))
        if let buffering = report.buffering {
            rows.append(
                (
                    "collector",
                    "held each trace until \(SpanText.duration(buffering.decisionWaitNanos)) after its last span: "
                        + "\(SpanText.duration(buffering.meanHoldNanos)) on average, up to "
                        + "\(SpanText.duration(buffering.longestHoldNanos)); at most \(buffering.peakSpansHeld) "
                        + "spans in memory at once"
                ))
        }
        rows.append(("broken", broken(report)))
        return LabelledRows.render(rows, style: style)
    }

    private func broken(_ report: SamplingReport) -> String {
        guard !report.brokenTraces.isEmpty else {
            return "none: every kept trace arrived whole"
        }
        let blame = report.brokenByService.map { entry in
            let reasons = Set(report.brokenTraces.filter { $0.service == entry.service }.map(\.reason))
            let how =
                reasons.contains(.recordedUnderDroppedParent)
                ? "recorded spans of traces its caller dropped, so they arrive without their parent"
                : "dropped its part of traces its caller kept, leaving a call with nothing behind it"
            return "\(entry.service) (\(entry.traces)) \(how)"
        }
        let example = report.brokenTraces[0].traceID.hex
        return "\(report.brokenTraces.count) kept traces have a hole: "
            + blame.joined(separator: "; ") + ". See one with 'trace \(example)'."
    }

    /// `812 B`, `14.2 KB`, `3.1 MB`, `2.4 GB` (powers of 1000).
    public static func bytes(_ value: Double) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var amount = value
        var unit = 0
        while amount >= 1000, unit < units.count - 1 {
            amount /= 1000
            unit += 1
        }
        if unit == 0 { return "\(Int(amount.rounded())) B" }
        return
            (amount >= 100 ? String(Int(amount.rounded())) : NumberText.compact((amount * 10).rounded() / 10))
            + " " + units[unit]
    }
}
