/// The walk behind ``CriticalPath``, with an explicit stack so a deep trace cannot overflow the
/// call stack, and spans named by their position in the trace's span array.
///
/// Each frame is one span being walked: its cursor moves back from the span's end, and its
/// candidates (children starting inside it before the cursor, ordered by end then start) wait
/// in a shared buffer, latest-ending last. A span already on the stack is not entered again, so
/// a parent cycle ends the walk instead of looping.
struct CriticalPathWalk {
    /// Segments latest first, as the walk finds them.
    private var segments: [CriticalPath.Segment] = []

    private struct Frame {
        let span: Int
        var cursor: UInt64
        /// The frame's candidates are `candidates[firstCandidate..<nextCandidate]`, tried from
        /// the end.
        let firstCandidate: Int
        var nextCandidate: Int
    }

    private let trace: AssembledTrace
    private var frames: [Frame] = []
    private var candidates: [Int] = []
    private var onStack: [Bool]

    init(trace: AssembledTrace) {
        self.trace = trace
        onStack = [Bool](repeating: false, count: trace.spans.count)
    }

    /// The segments found so far, latest first, handed over without a copy.
    mutating func takeSegments() -> [CriticalPath.Segment] {
        var taken: [CriticalPath.Segment] = []
        swap(&taken, &segments)
        return taken
    }

    /// Appends the segments of the span at `root`, from its start to its end.
    mutating func run(from root: Int) {
        segments.reserveCapacity(2 * trace.spans.count)
        enter(root, until: trace.spans[root].endNanos)
        while var frame = frames.popLast() {
            let spanStart = trace.spans[frame.span].startNanos
            var child: Int?
            while child == nil, frame.cursor > spanStart, frame.nextCandidate > frame.firstCandidate {
                frame.nextCandidate -= 1
                let candidate = candidates[frame.nextCandidate]
                if trace.spans[candidate].startNanos < frame.cursor { child = candidate }
            }
            guard let child else {
                finish(frame, spanStart: spanStart)
                continue
            }
            // Latest-ending first; a child starting at or after the cursor can never qualify
            // later, because the cursor only moves back.
            let childEnd = min(trace.spans[child].endNanos, frame.cursor)
            if childEnd < frame.cursor {
                segments.append(
                    CriticalPath.Segment(
                        spanID: trace.spans[frame.span].spanID, startNanos: childEnd, endNanos: frame.cursor))
            }
            frame.cursor = trace.spans[child].startNanos
            frames.append(frame)
            enter(child, until: childEnd)
        }
    }

    /// Pushes a frame for the span at `position` between its start and `until`, unless the span
    /// is already being walked.
    private mutating func enter(_ position: Int, until: UInt64) {
        guard !onStack[position] else { return }
        onStack[position] = true
        let spans = trace.spans
        let spanStart = spans[position].startNanos
        let cursor = min(until, spans[position].endNanos)
        let first = candidates.count
        for child in trace.childPositions[position] {
            let start = spans[child].startNanos
            if start < cursor, start >= spanStart { candidates.append(child) }
        }
        candidates[first...].sort {
            (spans[$0].endNanos, spans[$0].startNanos) < (spans[$1].endNanos, spans[$1].startNanos)
        }
        frames.append(
            Frame(span: position, cursor: cursor, firstCandidate: first, nextCandidate: candidates.count))
    }

    /// Charges the time no child covered, from the span's start to the cursor, to the span.
    private mutating func finish(_ frame: Frame, spanStart: UInt64) {
        if frame.cursor > spanStart {
            segments.append(
                CriticalPath.Segment(
                    spanID: trace.spans[frame.span].spanID, startNanos: spanStart, endNanos: frame.cursor))
        }
        onStack[frame.span] = false
        candidates.removeSubrange(frame.firstCandidate...)
    }
}
