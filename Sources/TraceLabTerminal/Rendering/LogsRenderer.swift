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
        // One line per record when it fits; otherwise the ids go below the message.
        let oneLine = 2 + timeWidth + 2 + serviceWidth + 2 + messageWidth + 2 + idsWidth <= style.width
        // On a second line, the ids sit under the message, or further left when that is too
        // narrow for them; on a screen too narrow even then, they wrap at their spaces.
        let idsIndent = StyledLine(
            String(repeating: " ", count: max(4, min(4 + timeWidth, style.width - idsWidth))))
        var lines: [StyledLine] = []
        for index in records.indices {
            var head = StyledLine("  ")
            head.append(
                String(repeating: " ", count: timeWidth - TerminalColumns.of(times[index])) + times[index],
                Palette.secondary)
            head.append("  ")
            let service = TerminalColumns.truncate(services[index], to: serviceWidth)
            head.append(service, Palette.service)
            var line = head
            line.append(String(repeating: " ", count: serviceWidth - TerminalColumns.of(service)) + "  ")
            if oneLine {
                line.append(TerminalColumns.pad(messages[index], to: messageWidth))
                line.append("  " + ids[index], Palette.secondary)
                lines.append(line.fitted(to: style.width))
                continue
            }
            let message = WordWrap.words(messages[index])
            if line.columns <= style.width / 2 {
                let hanging = StyledLine(String(repeating: " ", count: line.columns))
                lines += WordWrap.wrap(message, width: style.width, firstPrefix: line, prefix: hanging)
            } else {
                // Too narrow to put the message beside the time and service: it goes below them.
                lines.append(head.fitted(to: style.width))
                lines += WordWrap.wrap(message, width: style.width, firstPrefix: idsIndent, prefix: idsIndent)
            }
            lines += WordWrap.wrap(
                WordWrap.words(ids[index], Palette.secondary), width: style.width, firstPrefix: idsIndent,
                prefix: idsIndent)
        }
        return StyledLine.join(lines, in: style)
    }
}
