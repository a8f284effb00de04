import TraceLabCore

/// `logs`: the services' log lines in time order, each with its time, service, correlation id
/// and, when the service had a span, the trace and span ids a log pipeline would attach.
public struct LogsRenderer: Sendable {
    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// `records` as lines, times counted from `origin`, without a trailing newline.
    public func render(_ records: [LogRecord], origin: UInt64, total: Int) -> String {
        guard !records.isEmpty else {
            let reason =
                total == 0
                ? "No log lines: this scenario's services write none (a step 'log: <text>' writes one)."
                : "No log line matches; \(SpanText.counted(total, "line was", "lines were")) written in all."
            return StyledLine.join(WordWrap.wrap(WordWrap.words(reason), width: style.width), in: style)
        }
        let times = records.map {
            "+" + SpanText.milliseconds($0.timeNanos > origin ? $0.timeNanos - origin : 0) + " ms"
        }
        let timeWidth = times.map { TerminalColumns.of($0) }.max() ?? 0
        let services = records.map { TextSanitizer.singleLine($0.service) }
        let serviceWidth = min(24, services.map { TerminalColumns.of($0) }.max() ?? 0)
        let messages = records.map { TextSanitizer.singleLine($0.message) }
        let ids = records.map { record in
            let correlation = record.correlationID.map { TextSanitizer.singleLine($0) } ?? "-"
            guard let trace = record.traceID, let span = record.spanID else {
                return correlation + " trace=-"
            }
            return correlation + " trace=" + String(trace.hex.prefix(12)) + " span="
                + String(span.hex.prefix(8))
        }
        let messageWidth = messages.map { TerminalColumns.of($0) }.max() ?? 0
        let idsWidth = ids.map { TerminalColumns.of($0) }.max() ?? 0
        // One line per record when it fits; otherwise the ids go on a second line.
        let oneLine = 2 + timeWidth + 2 + serviceWidth + 2 + messageWidth + 2 + idsWidth <= style.width
        var lines: [StyledLine] = []
        for index in records.indices {
            var line = StyledLine("  ")
            line.append(
                String(repeating: " ", count: timeWidth - TerminalColumns.of(times[index])) + times[index],
                Palette.secondary)
            line.append("  ")
            line.append(
                TerminalColumns.pad(
                    TerminalColumns.truncate(services[index], to: serviceWidth), to: serviceWidth),
                Palette.service)
            line.append("  ")
            if oneLine {
                line.append(TerminalColumns.pad(messages[index], to: messageWidth))
                line.append("  " + ids[index], Palette.secondary)
                lines.append(line.fitted(to: style.width))
            } else {
                line.append(messages[index])
                lines.append(line.fitted(to: style.width))
                let indent = String(repeating: " ", count: 4 + timeWidth)
                lines.append(StyledLine(indent + ids[index], Palette.secondary).fitted(to: style.width))
            }
        }
        return StyledLine.join(lines, in: style)
    }
}
