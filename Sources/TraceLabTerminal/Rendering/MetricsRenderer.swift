import TraceLabCore

/// `metrics`: rate, errors and duration percentiles per service and operation, then the users'
/// request latencies as a histogram drawn with block characters, each bucket with an exemplar
/// trace id to open with `trace <id>`.
public struct MetricsRenderer: Sendable {
    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The metrics as text without a trailing newline; `entry` names the users' operation.
    public func render(_ metrics: RunMetrics, entry: String) -> String {
        var lines = [StyledLine("Requests, errors and duration by service and operation", Palette.strong)]
        var rows = [["service", "operation", "count", "rate/s", "errors", "p50", "p90", "p99", "max"]]
        for row in metrics.rows {
            rows.append([
                TextSanitizer.singleLine(row.service), TextSanitizer.singleLine(row.operation),
                String(row.count),
                NumberText.compact(row.ratePerSecond), String(row.errors),
                DurationText.format(nanos: row.p50Nanos),
                DurationText.format(nanos: row.p90Nanos), DurationText.format(nanos: row.p99Nanos),
                DurationText.format(nanos: row.maxNanos),
            ])
        }
        let table = TableText(alignments: [
            .left, .left, .right, .right, .right, .right, .right, .right, .right,
        ])
        if table.naturalWidth(rows) <= style.width {
            lines.append(contentsOf: table.lines(rows, width: style.width))
        } else {
            // Too narrow for one line per row: the name, then its figures wrapped under it.
            for row in rows.dropFirst() {
                lines.append(
                    StyledLine("  " + row[0] + " " + row[1], Palette.service).fitted(to: style.width))
                let glued = row.map { WordWrap.glued($0) }
                let figures =
                    "count \(glued[2]) · \(glued[3])/s · errors \(glued[4]) · p50 \(glued[5]) · p90 \(glued[6]) · "
                    + "p99 \(glued[7]) · max \(glued[8])"
                lines.append(
                    contentsOf: WordWrap.wrap(
                        WordWrap.words(figures), width: style.width, firstPrefix: StyledLine("      "),
                        prefix: StyledLine("      ")))
            }
        }
        lines.append(StyledLine())
        lines.append(
            StyledLine(
                "Latency of \(TextSanitizer.singleLine(entry)), \(SpanText.counted(metrics.histogram.total, "request", "requests"))",
                Palette.strong
            ).fitted(to: style.width))
        lines.append(contentsOf: histogram(metrics.histogram))
        lines.append(StyledLine())
        lines.append(
            contentsOf: WordWrap.wrap(
                WordWrap.words(
                    "Percentiles are nearest-rank over server and consumer spans; each bucket's exemplar is "
                        + "its slowest request: open it with 'trace <id>'."),
                width: style.width))
        return StyledLine.join(lines, in: style)
    }

    private func histogram(_ histogram: LatencyHistogram) -> [StyledLine] {
        let ranges = histogram.buckets.map {
            "≤ " + DurationText.format(nanos: $0.upperNanos)
        }
        let rangeWidth = ranges.map { TerminalColumns.of($0) }.max() ?? 0
        let countWidth = histogram.buckets.map { String($0.count).count }.max() ?? 1
        let most = histogram.buckets.map(\.count).max() ?? 0
        // Room for: indent, range, bar, count, and a 12-digit exemplar.
        let barWidth = max(4, min(40, style.width - (2 + rangeWidth + 2 + 2 + countWidth + 2 + 12)))
        return zip(ranges, histogram.buckets).map { range, bucket in
            let filled = most == 0 ? 0 : (bucket.count * barWidth + most - 1) / most
            var line = StyledLine("  ")
            line.append(TerminalColumns.pad(range, to: rangeWidth), Palette.secondary)
            line.append("  ")
            line.append(String(repeating: "█", count: filled), Palette.critical)
            line.append(String(repeating: " ", count: barWidth - filled))
            line.append(
                "  " + String(repeating: " ", count: countWidth - String(bucket.count).count)
                    + String(bucket.count))
            if let exemplar = bucket.exemplar {
                line.append("  " + String(exemplar.hex.prefix(12)), Palette.service)
            }
            return line.fitted(to: style.width)
        }
    }
}
