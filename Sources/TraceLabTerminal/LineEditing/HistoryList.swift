/// The lines a user has entered, oldest first, as kept for recall and saving.
///
/// Blank lines are never recorded, a line equal to the one just before it is recorded once, and only
/// the newest `capacity` lines are kept.
public struct HistoryList: Sendable, Equatable {
    /// The most lines kept; always at least 1.
    public let capacity: Int
    /// The recorded lines, oldest first; never more than `capacity`.
    public private(set) var entries: [String]

    /// A history of at most `capacity` lines (values below 1 count as 1) starting from `entries`,
    /// dropping blank entries and repeats of the entry before and keeping only the newest `capacity`.
    public init(entries: [String] = [], capacity: Int = 1000) {
        self.capacity = max(1, capacity)
        self.entries = []
        for entry in entries { record(entry) }
    }

    /// Records `line` and returns `true`, or returns `false` without changing anything when the line is
    /// blank (only whitespace) or equal to the newest entry.
    @discardableResult
    public mutating func record(_ line: String) -> Bool {
        guard !line.allSatisfy(\.isWhitespace), entries.last != line else { return false }
        entries.append(line)
        if entries.count > capacity {
            entries.removeFirst(entries.count - capacity)
        }
        return true
    }
}
