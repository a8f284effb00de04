/// The spans of one assembled trace, in start order, read in place from a list that every
/// trace of a run shares: assembling 10,000 traces copies no span, and dropping them frees two
/// shared buffers instead of every span twice.
///
/// Two values are equal when they hold equal spans in the same order, wherever they are stored.
public struct TraceSpans: RandomAccessCollection, Hashable, Sendable {
    /// Every span the trace's positions point into (usually all of a run's spans).
    private let storage: [RecordedSpan]
    /// The trace's spans as positions in ``storage``, in order.
    private let positions: ArraySlice<Int>

    /// The spans of `storage` at `positions`, in that order; every position must be valid.
    init(storage: [RecordedSpan], positions: ArraySlice<Int>) {
        self.storage = storage
        self.positions = positions
    }

    /// `spans` as they are, in their order.
    public init(_ spans: [RecordedSpan]) {
        storage = spans
        positions = Array(spans.indices)[...]
    }

    /// The position of the first span: always 0.
    public var startIndex: Int { 0 }

    /// One past the last span: the number of spans.
    public var endIndex: Int { positions.count }

    /// The span at `position` (0 is the first to start), read without copying it.
    public subscript(position: Int) -> RecordedSpan {
        _read { yield storage[positions[positions.startIndex + position]] }
    }

    /// True when both hold equal spans in the same order.
    public static func == (lhs: TraceSpans, rhs: TraceSpans) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// Hashes the spans in order, not where they are stored.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for span in self { hasher.combine(span) }
    }
}
