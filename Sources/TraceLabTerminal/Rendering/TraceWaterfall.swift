import TraceLabCore

/// The waterfall of one trace: label column, bar column, response note and time axis.
struct TraceWaterfall {
    let trace: AssembledTrace
    let facts: WaterfallFacts
    let style: TerminalStyle
    /// The kinds of cell the drawing used, for the legend.
    private(set) var usedKinds = Set<WaterfallCell.Kind>()

    private var cellScalars: [Unicode.Scalar] = []
    private var cellKinds: [WaterfallCell.Kind] = []
    /// The cells written since the row was last cleared.
    private var dirty: Range<Int>?

    init(trace: AssembledTrace, facts: WaterfallFacts, style: TerminalStyle) {
        self.trace = trace
        self.facts = facts
        self.style = style
    }

    /// Appends the drawing's lines, joined by newlines, to `output` as UTF-8.
    mutating func render(into output: inout [UInt8]) {
        let rows = trace.depthFirst()
        let width = style.width
        let labelCap = max(min(12, width / 2), width * 2 / 5)
        let indentStep = labelCap >= 28 ? 2 : 1
        let maxIndent = max(1, labelCap / 3)
        let labels = rows.map { label(for: $0.span, indent: min($0.depth * indentStep, maxIndent)) }
        let labelWidth = min(labels.map(\.columns).max() ?? 0, labelCap)
        let scale = TimeScale(
            startNanos: trace.startNanos, durationNanos: trace.durationNanos, columns: width - labelWidth - 1)
        let guide = guideColumn(on: scale)
        let blankLabel = String(repeating: " ", count: labelWidth) + " "
        cellScalars = Array(repeating: " ", count: scale.columns)
        cellKinds = Array(repeating: .blank, count: scale.columns)

        output.reserveCapacity(output.count + rows.count * (width + 32))
        for (row, label) in zip(rows, labels) {
            let fitted = label.fitted(to: labelWidth)
            fitted.render(in: style, into: &output)
            output.append(
                contentsOf: repeatElement(UInt8(ascii: " "), count: labelWidth - fitted.columns + 1))
            fillCells(for: row.span, on: scale, guide: guide)
            renderCells(into: &output)
            output.append(UInt8(ascii: "\n"))
        }
        if let guide {
            output.append(contentsOf: (blankLabel + responseNote(at: guide, on: scale)).utf8)
            output.append(UInt8(ascii: "\n"))
        }
        let axis = TimeAxis(scale: scale)
        output.append(contentsOf: (blankLabel + style.paint(axis.tickLine, Palette.secondary)).utf8)
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: (blankLabel + style.paint(axis.labelLine, Palette.secondary)).utf8)
    }

    private static let criticalMarkerColumns = TerminalColumns.of(TraceTreeRenderer.criticalMarker)
    private static let errorMarkerColumns = TerminalColumns.of(TraceTreeRenderer.errorMarker)

    private func label(for span: RecordedSpan, indent: Int) -> StyledLine {
        var line = StyledLine(reservingRuns: 6)
        if facts.critical.contains(span.spanID) {
            line.append(
                TraceTreeRenderer.criticalMarker, Palette.critical, columns: Self.criticalMarkerColumns)
        } else {
            line.append(" ", Palette.critical, columns: 1)
        }
        if span.status.isError {
            line.append(TraceTreeRenderer.errorMarker, Palette.error, columns: Self.errorMarkerColumns)
        } else {
            line.append(" ", Palette.error, columns: 1)
        }
        line.append(" " + span.spanID.hex.prefix(SpanText.shortIDLength), Palette.secondary)
        line.append(String(repeating: " ", count: indent + 1), .plain, columns: indent + 1)
        line.append(SpanText.service(span), Palette.service, shrinkPriority: 2, shrinkFloor: 7)
        line.append(" ")
        line.append(SpanText.name(span), .plain, shrinkPriority: 1, shrinkFloor: 7)
        return line
    }

    /// The column of the response, when this is the request's trace and work went on after it.
    private func guideColumn(on scale: TimeScale) -> Int? {
        guard trace.traceID == facts.requestTraceID, let response = facts.responseNanos,
            response < trace.endNanos
        else { return nil }
        return min(scale.column(response), scale.columns - 1)
    }

    private mutating func fillCells(for span: RecordedSpan, on scale: TimeScale, guide: Int?) {
        for index in dirty ?? 0..<0 {
            cellScalars[index] = " "
            cellKinds[index] = .blank
        }
        dirty = nil
        if let guide { put(.guide, from: guide, to: guide + 1) }
        let start = min(scale.column(span.startNanos), scale.columns - 1)
        let end = max(start + 1, min(scale.endColumn(span.endNanos), scale.columns))
        var leftEdge = start
        if let wait = facts.waitsByConsumer[span.spanID], trace.span(wait.producerSpanID) != nil {
            let publishedColumn = scale.column(wait.publishedNanos)
            if publishedColumn < start {
                put(.queue, from: publishedColumn, to: start)
                leftEdge = publishedColumn
            }
        }
        put(barKind(for: span), from: start, to: end)
        let duration = DurationText.format(nanos: span.durationNanos)
        let length = duration.unicodeScalars.count
        if end + 1 + length <= scale.columns {
            overlay(duration, at: end + 1)
        } else if leftEdge - 1 - length >= 0 {
            overlay(duration, at: leftEdge - 1 - length)
        }
    }

    private func barKind(for span: RecordedSpan) -> WaterfallCell.Kind {
        if span.status.isError { return .error }
        if facts.critical.contains(span.spanID) { return .critical }
        if facts.afterResponse.contains(span.spanID) { return .afterResponse }
        return .other
    }

    private mutating func put(_ kind: WaterfallCell.Kind, from start: Int, to end: Int) {
        guard start < end else { return }
        usedKinds.insert(kind)
        let scalar = kind.mark.unicodeScalars.first!
        for index in start..<end {
            cellScalars[index] = scalar
            cellKinds[index] = kind
        }
        markDirty(start..<end)
    }

    private mutating func markDirty(_ range: Range<Int>) {
        dirty =
            dirty.map { min($0.lowerBound, range.lowerBound)..<max($0.upperBound, range.upperBound) } ?? range
    }

    private mutating func overlay(_ text: String, at column: Int) {
        var index = column
        for scalar in text.unicodeScalars {
            cellScalars[index] = scalar
            cellKinds[index] = .text
            index += 1
        }
        markDirty(column..<index)
    }

    /// Appends the bar cells as UTF-8, trailing blanks dropped. Cells are taken in runs of one
    /// character and kind, and each run is painted when colour is on.
    private func renderCells(into output: inout [UInt8]) {
        guard let dirty, let last = cellKinds[dirty].lastIndex(where: { $0 != .blank }) else { return }
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: dirty.lowerBound))
        var runStart = dirty.lowerBound
        while runStart <= last {
            let kind = cellKinds[runStart]
            let scalar = cellScalars[runStart]
            var runEnd = runStart + 1
            while runEnd <= last, cellKinds[runEnd] == kind, cellScalars[runEnd] == scalar || kind == .text {
                runEnd += 1
            }
            style.paint(kind.ansi, into: &output) { output in
                for cell in runStart..<runEnd {
                    UTF8.encode(cellScalars[cell]) { output.append($0) }
                }
            }
            runStart = runEnd
        }
    }

    private func responseNote(at guide: Int, on scale: TimeScale) -> String {
        let text =
            "response sent at " + DurationText.format(nanos: (facts.responseNanos ?? 0) - trace.startNanos)
        let length = TerminalColumns.of(text)
        let mark = WaterfallRenderer.responseGuide
        let note: String
        if guide + 2 + length <= scale.columns {
            note = String(repeating: " ", count: guide) + "\(mark) " + text
        } else if guide - length - 1 >= 0 {
            note = String(repeating: " ", count: guide - length - 1) + text + " \(mark)"
        } else {
            note = TerminalColumns.truncate(text, to: scale.columns)
        }
        return style.paint(note, Palette.afterResponse)
    }
}

/// Maps instants of one trace onto bar columns.
struct TimeScale {
    let startNanos: UInt64
    let durationNanos: UInt64
    let columns: Int

    init(startNanos: UInt64, durationNanos: UInt64, columns: Int) {
        self.startNanos = startNanos
        self.durationNanos = max(durationNanos, 1)
        self.columns = max(columns, 1)
    }

    /// The column an instant falls in (rounded down), clamped to the bar column.
    func column(_ nanos: UInt64) -> Int {
        min(Int(offset(nanos).rounded(.down)), columns)
    }

    /// The first column after a bar that ends at `nanos` (rounded up).
    func endColumn(_ nanos: UInt64) -> Int {
        min(Int(offset(nanos).rounded(.up)), columns)
    }

    private func offset(_ nanos: UInt64) -> Double {
        let elapsed = nanos > startNanos ? nanos - startNanos : 0
        return Double(elapsed) * Double(columns) / Double(durationNanos)
    }
}

/// The tick line and tick labels under a waterfall, at a round step that leaves labels room.
struct TimeAxis {
    let tickLine: String
    let labelLine: String

    init(scale: TimeScale) {
        let widest = TerminalColumns.of(DurationText.format(nanos: scale.durationNanos))
        let maxTicks = max(1, scale.columns / (widest + 2))
        let step = Self.roundStep(for: scale.durationNanos, maxTicks: maxTicks)
        var ticks: [(column: Int, label: String)] = []
        var offset: UInt64 = 0
        while offset <= scale.durationNanos {
            let column = min(scale.column(scale.startNanos + offset), scale.columns - 1)
            ticks.append((column, offset == 0 ? "0" : DurationText.format(nanos: offset)))
            let (next, overflow) = offset.addingReportingOverflow(step)
            if overflow { break }
            offset = next
        }
        var tickCells = Array(repeating: "─", count: scale.columns)
        var labelCells = Array(repeating: " ", count: scale.columns)
        var nextFree = 0
        for tick in ticks {
            tickCells[tick.column] = "┬"
            let characters = Array(tick.label)
            var start = tick.column
            if start + characters.count > scale.columns { start = scale.columns - characters.count }
            guard start >= nextFree, start >= 0 else { continue }
            for (index, character) in characters.enumerated() {
                labelCells[start + index] = String(character)
            }
            nextFree = start + characters.count + 1
        }
        tickLine = tickCells.joined()
        labelLine = String(labelCells.joined().reversed().drop { $0 == " " }.reversed())
    }

    /// The smallest step of the form 1, 2 or 5 times a power of ten that needs no more than
    /// `maxTicks` ticks to cover `durationNanos`.
    private static func roundStep(for durationNanos: UInt64, maxTicks: Int) -> UInt64 {
        var magnitude: UInt64 = 1
        while true {
            for multiplier: UInt64 in [1, 2, 5] {
                let step = magnitude * multiplier
                if durationNanos / step + 1 <= UInt64(maxTicks) { return step }
            }
            let (next, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            if overflow { return durationNanos }
            magnitude = next
        }
    }
}
