import TraceLabCore

/// Draws each trace of a run as a tree, one line per span: service, operation, kind, duration,
/// status and the first four hex digits of the span id in brackets (enough for `span <id>`). Critical-path spans carry `◆` and failed spans `✗` in a marker column, so both read
/// without colour; orphans are flagged under their line, and a fragmented run gets a header per
/// trace. No line is wider than the style's width.
public struct TraceTreeRenderer: Sendable {
    /// The marker for a span on the request's critical path.
    public static let criticalMarker = "◆"
    /// The marker for a span that ended with an error.
    public static let errorMarker = "✗"

    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// Every trace of `analysis`, in the order the analysis lists them, as text without a trailing
    /// newline; a legend for the markers used follows the last trace.
    public func render(_ analysis: LabAnalysis) -> String {
        guard !analysis.traces.isEmpty else {
            return StyledLine.join([StyledLine("No spans were recorded in this run.")], in: style)
        }
        let context = TreeContext(analysis: analysis, width: style.width)
        var lines: [StyledLine] = []
        for (index, trace) in analysis.traces.enumerated() {
            if index > 0 { lines.append(StyledLine()) }
            let isRequestTrace = trace.traceID == analysis.requestTrace?.traceID
            lines.append(
                contentsOf: TraceHeader.lines(
                    for: trace, position: index + 1, of: analysis.traces.count,
                    isRequestTrace: isRequestTrace,
                    width: style.width))
            lines.append(contentsOf: context.lines(for: trace))
        }
        let legend = context.legend(for: analysis)
        if !legend.isEmpty {
            lines.append(StyledLine())
            lines.append(contentsOf: legend)
        }
        return StyledLine.join(lines, in: style)
    }
}

/// The facts the tree needs about the whole run, and the drawing of one trace.
private struct TreeContext {
    let width: Int
    let critical: Set<SpanID>
    let afterResponse: Set<SpanID>
    /// How many ancestor levels are drawn before deeper ones are elided with `⋯`.
    let maxLevels: Int

    init(analysis: LabAnalysis, width: Int) {
        self.width = width
        critical = Set(analysis.criticalPath.spanIDs)
        afterResponse = Set(analysis.afterResponse)
        maxLevels = max(1, width / 2 / 3)
    }

    func lines(for trace: AssembledTrace) -> [StyledLine] {
        var lines: [StyledLine] = []
        lines.reserveCapacity(trace.spans.count)
        var visited = Set<SpanID>(minimumCapacity: trace.spans.count)
        // continues[d] is true when the span last drawn at depth d has later siblings.
        var continues: [Bool] = []
        var stack: [(id: SpanID, depth: Int, isLast: Bool)] = trace.topLevel.reversed().map {
            ($0, 0, true)
        }
        let unreached = { trace.spans.lazy.filter { !visited.contains($0.spanID) }.first?.spanID }
        while true {
            guard let (id, depth, isLast) = stack.popLast() ?? unreached().map({ ($0, 0, true) }) else {
                break
            }
            guard visited.insert(id).inserted, let span = trace.span(id) else { continue }
            let children = trace.children(of: id).filter { !visited.contains($0) }
            let ancestors = continues.prefix(depth).dropFirst()
            let drawn = spanLine(span, ancestors: ancestors, depth: depth, isLast: isLast)
            lines.append(drawn.line)
            continues.removeSubrange(min(depth, continues.count)...)
            continues.append(!isLast)
            let detailPrefix = prefix(
                ancestors: continues.dropFirst(), connector: children.isEmpty ? "   " : "│  ")
            lines.append(
                contentsOf: detailLines(
                    for: span, in: trace, prefix: detailPrefix, showError: !drawn.showsFullError))
            if drawn.movedAfterResponse {
                var note = StyledLine(detailPrefix, Palette.secondary)
                note.append("↳ after the response", Palette.afterResponse)
                lines.append(note.fitted(to: width))
            }
            for (position, child) in children.enumerated().reversed() {
                stack.append((child, depth + 1, position == children.count - 1))
            }
        }
        return lines
    }

    func legend(for analysis: LabAnalysis) -> [StyledLine] {
        var entries: [[StyledLine]] = []
        if !critical.isEmpty {
            entries.append(
                [StyledLine(TraceTreeRenderer.criticalMarker, Palette.critical)]
                    + WordWrap.words("on the critical path of the user's request"))
        }
        if analysis.run.spans.contains(where: { $0.status.isError }) {
            entries.append(
                [StyledLine(TraceTreeRenderer.errorMarker, Palette.error)] + WordWrap.words("the span failed")
            )
        }
        if !afterResponse.isEmpty {
            entries.append(
                [StyledLine("after the response:", Palette.afterResponse)]
                    + WordWrap.words("the user was no longer waiting"))
        }
        return entries.flatMap {
            WordWrap.wrap($0, width: width, firstPrefix: StyledLine(), prefix: StyledLine("  "))
        }
    }

    private func spanLine(_ span: RecordedSpan, ancestors: ArraySlice<Bool>, depth: Int, isLast: Bool)
        -> (line: StyledLine, showsFullError: Bool, movedAfterResponse: Bool)
    {
        var line = markers(for: span)
        line.append(
            prefix(ancestors: ancestors, connector: depth == 0 ? "" : (isLast ? "└─ " : "├─ ")),
            Palette.secondary)
        line.append(SpanText.service(span), Palette.service, shrinkPriority: 2, shrinkFloor: 8)
        line.append(" ")
        line.append(SpanText.name(span), .plain, shrinkPriority: 1, shrinkFloor: 10)
        let kind = " (\(span.kind.rawValue))"
        let kindColumns = kind.count
        // The kind goes after the name and the service have shrunk. A producer's or a consumer's
        // kind is what tells the two ends of a queue apart, so it is never dropped: the names
        // shrink to a few letters first. Other kinds may go, as their names say what they are.
        let essentialKind = span.kind == .producer || span.kind == .consumer
        line.append(kind, Palette.secondary, shrinkPriority: 3, shrinkFloor: essentialKind ? kindColumns : 0)
        line.append(" " + DurationText.format(nanos: span.durationNanos))
        line.append(" ")
        var tail = afterResponse.contains(span.spanID) ? " · after the response" : ""
        if let message = span.status.message {
            var full = line
            full.append("✗ ERROR: " + SpanText.errorMessage(message), Palette.error)
            full.append(tail, Palette.afterResponse)
            full.append(Self.shortID(span), Palette.secondary, shrinkPriority: 4, shrinkFloor: 0)
            // Dropping the kind is the only shortening that keeps the message whole.
            if full.columns - (essentialKind ? 0 : kindColumns) <= width {
                return (full.fitted(to: width), true, false)
            }
            line.append("✗ ERROR", Palette.error)
        } else {
            line.append("ok", Palette.ok)
        }
        // A line too narrow for the note keeps its names and kind and gets the note beneath it.
        let moved = !tail.isEmpty && line.columns + tail.count + Self.shortID(span).count > width
        if moved { tail = "" }
        line.append(tail, Palette.afterResponse)
        // Only a line that has already given up its kind gives up its id.
        line.append(Self.shortID(span), Palette.secondary, shrinkPriority: 4, shrinkFloor: 0)
        return (line.fitted(to: width), false, moved)
    }

    /// The lines under a span: its error message when the span's line had no room for it, and
    /// the orphan notice when its parent is not in this trace.
    private func detailLines(
        for span: RecordedSpan, in trace: AssembledTrace, prefix: String, showError: Bool
    )
        -> [StyledLine]
    {
        var lead = StyledLine("   ")
        lead.append(prefix, Palette.secondary)
        var hanging = lead
        hanging.append("  ")
        var lines: [StyledLine] = []
        if showError, let message = span.status.message {
            let words =
                [StyledLine("✗ ERROR:", Palette.error)] + WordWrap.words(SpanText.errorMessage(message))
            lines.append(contentsOf: WordWrap.wrap(words, width: width, firstPrefix: lead, prefix: hanging))
        }
        if let parent = span.parentSpanID, trace.span(parent) == nil {
            let words = WordWrap.words("↳ orphan: parent \(parent.hex) not in this trace", Palette.warning)
            lines.append(contentsOf: WordWrap.wrap(words, width: width, firstPrefix: lead, prefix: hanging))
        }
        return lines
    }

    /// ` [4c23]`: the start of the span id, as `span` takes it.
    static func shortID(_ span: RecordedSpan) -> String {
        " [\(span.spanID.hex.prefix(SpanText.shortIDLength))]"
    }

    private func markers(for span: RecordedSpan) -> StyledLine {
        var line = StyledLine()
        if critical.contains(span.spanID) {
            line.append(TraceTreeRenderer.criticalMarker, Palette.critical)
        } else {
            line.append(" ")
        }
        if span.status.isError {
            line.append(TraceTreeRenderer.errorMarker, Palette.error)
        } else {
            line.append(" ")
        }
        line.append(" ")
        return line
    }

    private func prefix(ancestors: ArraySlice<Bool>, connector: String) -> String {
        let shown = ancestors.suffix(maxLevels - 1)
        var text = ancestors.count > shown.count ? "⋯  " : ""
        for continues in shown {
            text += continues ? "│  " : "   "
        }
        return text + connector
    }
}
