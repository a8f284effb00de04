import TraceLabCore

/// The lines above each trace in the tree and the waterfall: which trace of how many, its id, its
/// root span and its size, so a fragmented run reads as separate stories. Long headers wrap.
enum TraceHeader {
    static func lines(
        for trace: AssembledTrace, position: Int, of count: Int, isRequestTrace: Bool, width: Int
    )
        -> [StyledLine]
    {
        let separator = StyledLine("·", Palette.secondary)
        var words: [StyledLine] = []
        if count > 1 {
            words += [StyledLine(WordWrap.glued("trace \(position) of \(count)"), Palette.strong), separator]
            words.append(StyledLine(SpanText.shortTraceID(trace.traceID), Palette.strong))
        } else {
            words.append(
                StyledLine(WordWrap.glued("trace " + SpanText.shortTraceID(trace.traceID)), Palette.strong))
        }
        words.append(separator)
        if let rootID = trace.roots.first, let root = trace.span(rootID) {
            words.append(StyledLine("root:"))
            words +=
                WordWrap.words(SpanText.service(root), Palette.service) + WordWrap.words(SpanText.name(root))
        } else {
            words += WordWrap.words("no root: every span's parent is elsewhere")
        }
        words += [
            separator, StyledLine(WordWrap.glued(SpanText.counted(trace.spans.count, "span", "spans"))),
        ]
        if isRequestTrace, count > 1 {
            words += [separator] + WordWrap.words("the user's request", Palette.strong)
        }
        return WordWrap.wrap(words, width: width, firstPrefix: StyledLine(), prefix: StyledLine("  "))
    }
}
