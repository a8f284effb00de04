/// How completion candidates are applied to the line and shown to the user.
public enum CompletionListing {
    /// The longest string every candidate starts with (compared character by character).
    public static func commonPrefix(of candidates: [String]) -> String {
        guard var prefix = candidates.first?[...] else { return "" }
        for candidate in candidates.dropFirst() {
            let shared = zip(prefix, candidate).prefix { $0 == $1 }.count
            prefix = prefix.prefix(shared)
        }
        return String(prefix)
    }

    /// `candidates` laid out in columns, filled down then across, fitting in `width` characters per
    /// row (at least one column, even when a candidate is wider than `width`); two spaces separate columns
    /// and rows carry no trailing spaces.
    public static func rows(of candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let gap = 2
        let cellWidth = (candidates.map(\.count).max() ?? 0) + gap
        let columns = max(1, (max(width, 0) + gap) / cellWidth)
        let rowCount = (candidates.count + columns - 1) / columns
        return (0..<rowCount).map { row in
            let cells = stride(from: row, to: candidates.count, by: rowCount).map { candidates[$0] }
            let padded = cells.dropLast().map { $0.padding(toLength: cellWidth, withPad: " ", startingAt: 0) }
            return padded.joined() + (cells.last ?? "")
        }
    }
}
