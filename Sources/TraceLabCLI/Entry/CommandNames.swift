/// The names of the grammar's commands, and the nearest one to a mistyped word.
enum CommandNames {
    static let all: Set<String> = Set(RootCommand.commandTypes.compactMap { $0.configuration.commandName })

    /// The command `word` is most likely a typo of: within one edit for words of up to four
    /// letters, two for longer ones (so `foo` suggests nothing, `tarce` suggests `trace`).
    static func closest(to word: String) -> String? {
        let candidates = all.map { (name: $0, distance: editDistance(Array(word.lowercased()), Array($0))) }
        guard let best = candidates.min(by: { ($0.distance, $0.name) < ($1.distance, $1.name) }),
            best.distance <= (word.count <= 4 ? 1 : 2)
        else { return nil }
        return best.name
    }

    /// Levenshtein distance, capped in cost by the short words involved.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard a.count < 64 else { return Int.max }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
