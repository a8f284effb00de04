import TraceLabCore

/// The short texts every renderer uses for ids, spans, times and shares, sanitized for output.
enum SpanText {
    /// How many hex digits of a span id the tree and the waterfall show: the fewest `span` takes.
    static let shortIDLength = 4

    /// The first eight hex digits of a trace id followed by `…`.
    static func shortTraceID(_ id: TraceID) -> String {
        String(id.hex.prefix(8)) + "…"
    }

    static func service(_ span: RecordedSpan) -> String {
        TextSanitizer.singleLine(span.service)
    }

    static func name(_ span: RecordedSpan) -> String {
        TextSanitizer.singleLine(span.name)
    }

    static func errorMessage(_ message: String) -> String {
        let clean = TextSanitizer.singleLine(message)
        return clean.isEmpty ? "(no message)" : clean
    }

    /// A duration for running text, held together so wrapping never separates number and unit.
    static func duration(_ nanos: UInt64) -> String {
        WordWrap.glued(DurationText.format(nanos: nanos))
    }

    /// `nanos` as milliseconds, whole when it is, otherwise with up to two decimals: `1050`, `0.25`.
    static func milliseconds(_ nanos: UInt64) -> String {
        let hundredths = (nanos + 5_000) / 10_000
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return "\(whole)." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }

    /// `part` as a percentage of `whole`, rounded to a whole percent (`68%`), or `<1%` for a
    /// nonzero part that rounds to zero.
    static func percent(_ part: UInt64, of whole: UInt64) -> String {
        guard whole > 0 else { return "0%" }
        let value = (Double(part) * 100 / Double(whole)).rounded()
        if value == 0, part > 0 { return "<1%" }
        return "\(Int(value))%"
    }

    /// `count` followed by `singular`, or by `plural` when the count is not one.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) " + (count == 1 ? singular : plural)
    }
}
