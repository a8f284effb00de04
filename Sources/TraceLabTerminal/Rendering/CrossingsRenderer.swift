import TraceLabCore

/// Shows every boundary crossing of a run in the order it happened (the `headers` view): the
/// boundary and attempt, how the context travels, exactly what the caller sent and what the callee
/// received, and whether the callee joined the caller's trace or started a new one.
public struct CrossingsRenderer: Sendable {
    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The crossings of `run` as text without a trailing newline; with `boundary`, only that
    /// boundary's crossings, each keeping its number in the whole list.
    public func render(_ run: LabRun, boundary: String? = nil) -> String {
        guard !run.crossings.isEmpty else {
            return StyledLine.join(
                WordWrap.wrap(WordWrap.words("No service called another in this run."), width: style.width),
                in: style)
        }
        var correlationIDs: [SpanID: String] = [:]
        for span in run.spans {
            if case .string(let id)? = span.attribute("correlation.id") { correlationIDs[span.spanID] = id }
        }
        var lines: [StyledLine] = []
        for (index, crossing) in run.crossings.enumerated()
        where boundary == nil || crossing.boundary == boundary {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines.append(
                contentsOf: block(
                    for: crossing, number: index + 1, correlationID: correlationIDs[crossing.calleeSpanID]))
        }
        return StyledLine.join(lines, in: style)
    }

    private func block(for crossing: BoundaryCrossing, number: Int, correlationID: String?) -> [StyledLine] {
        let separator = StyledLine("·", Palette.secondary)
        let title = [
            StyledLine("\(number).", Palette.strong),
            StyledLine(TextSanitizer.singleLine(crossing.boundary), Palette.strong + Palette.service),
            separator,
            StyledLine(WordWrap.glued("attempt \(crossing.attempt)")), separator,
            StyledLine(
                WordWrap.glued(crossing.carrier == .http ? "HTTP headers" : "message metadata"),
                Palette.secondary),
        ]
        var lines = WordWrap.wrap(
            title, width: style.width, firstPrefix: StyledLine(), prefix: StyledLine("   "))
        let sentNothing =
            crossing.propagationEnabled
            ? "nothing: the caller injected no context" : "nothing: propagation is off here"
        lines.append(contentsOf: fields("sent", crossing.sent, nothing: sentNothing))
        lines.append(contentsOf: fields("received", crossing.received, nothing: "nothing"))
        if let correlationID {
            // Sent on every hop whatever the propagation setting: the label that survives.
            lines.append(
                contentsOf: fields(
                    "always", ["x-correlation-id": correlationID + " (sent whatever the propagation)"],
                    nothing: ""))
        }
        lines.append(contentsOf: outcome(of: crossing))
        return lines
    }

    /// One labelled group of carrier fields, `traceparent` first, then `tracestate`, then the rest
    /// alphabetically; long values continue on following lines rather than being cut.
    private func fields(_ label: String, _ values: [String: String], nothing: String) -> [StyledLine] {
        let labelColumn = "   " + TerminalColumns.pad(label + ":", to: 10)
        let indent = StyledLine(String(repeating: " ", count: labelColumn.count))
        guard !values.isEmpty else {
            let words = WordWrap.words(nothing, Palette.warning)
            return WordWrap.wrap(
                words, width: style.width, firstPrefix: StyledLine(labelColumn), prefix: indent)
        }
        let order = ["traceparent": 0, "tracestate": 1]
        let keys = values.keys.sorted { (order[$0] ?? 2, $0) < (order[$1] ?? 2, $1) }
        let keyWidth = keys.map { TerminalColumns.of(TextSanitizer.singleLine($0)) }.max() ?? 0
        var lines: [StyledLine] = []
        for (index, key) in keys.enumerated() {
            var line = index == 0 ? StyledLine(labelColumn) : indent
            line.append(
                TerminalColumns.pad(TextSanitizer.singleLine(key) + ":", to: keyWidth + 1) + " ",
                Palette.secondary)
            let value = TextSanitizer.singleLine(values[key] ?? "")
            if line.columns + TerminalColumns.of(value) <= style.width {
                line.append(value)
                lines.append(line)
                continue
            }
            // Too long to sit beside its key: the value goes below, cut into line-wide pieces
            // rather than shortened, because every character of a header matters here.
            lines.append(line.fitted(to: style.width))
            let valueIndent = style.width - indent.columns >= 60 ? indent : StyledLine("     ")
            for piece in TerminalColumns.chunks(value, of: max(style.width - valueIndent.columns, 8)) {
                var continuation = valueIndent
                continuation.append(piece)
                lines.append(continuation.fitted(to: style.width))
            }
        }
        return lines
    }

    private func outcome(of crossing: BoundaryCrossing) -> [StyledLine] {
        let callee = TextSanitizer.singleLine(crossing.to)
        let caller = TextSanitizer.singleLine(crossing.from)
        let words: [StyledLine]
        if crossing.lostContext {
            words =
                [StyledLine("✗", Palette.error)]
                + WordWrap.words(
                    "\(callee) started a new trace \(crossing.calleeTraceID.hex) instead of joining "
                        + "\(caller)'s trace \(crossing.callerTraceID.hex)",
                    Palette.error)
        } else {
            words =
                [StyledLine("✓", Palette.ok)]
                + WordWrap.words(
                    "\(callee) joined \(caller)'s trace \(crossing.callerTraceID.hex)")
        }
        return WordWrap.wrap(
            words, width: style.width, firstPrefix: StyledLine("   "), prefix: StyledLine("     "))
    }
}
