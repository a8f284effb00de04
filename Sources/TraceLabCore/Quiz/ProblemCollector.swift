/// Gathers content problems while loading carries on, so one pass can report all of them.
struct ProblemCollector {
    /// Every problem so far, in the order found.
    var problems: [ContentError] = []

    /// Runs `body`; on failure records its error and returns nil.
    mutating func attempt<Value>(_ body: () throws(ContentError) -> Value) -> Value? {
        do {
            return try body()
        } catch {
            problems.append(error)
            return nil
        }
    }

    /// Records a problem.
    mutating func add(_ problem: ContentError) {
        problems.append(problem)
    }

    /// `problems` sorted by line (problems without a line first), keeping discovery order on ties.
    static func ordered(_ problems: [ContentError]) -> [ContentError] {
        problems.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
    }
}

extension ContentReader {
    /// A problem for every key outside `allowed` (not just the first).
    func unknownKeyProblems(_ allowed: [String]) -> [ContentError] {
        entries.filter { !allowed.contains($0.key) }.map { entry in
            ContentError(
                file: file, line: entry.line,
                message:
                    "unknown key '\(entry.key)' in \(context); expected one of: \(allowed.joined(separator: ", "))"
            )
        }
    }

    /// `true`/`false` (or `yes`/`no`) under `key`, or nil when absent.
    func optionalBool(_ key: String) throws(ContentError) -> Bool? {
        guard let text = try optionalString(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(at: key, "'\(key)' in \(context) must be true or false, not '\(text)'")
        }
    }

    /// The texts under `key`: a list of single values, or one value as a one-item list; nil when absent.
    func optionalTextList(_ key: String) throws(ContentError) -> [String]? {
        guard let node = node(key) else { return nil }
        if case .scalar = node { return [try string(key)] }
        var texts: [String] = []
        for item in try list(key) {
            guard case .scalar(let text, let line) = item, !text.trimmingWhitespace.isEmpty else {
                throw ContentError(
                    file: file, line: item.line,
                    message: "each item of '\(key)' in \(context) must be a single non-empty value")
            }
            _ = line
            texts.append(String(text.trimmingWhitespace))
        }
        return texts
    }

    /// The line of every key that was written.
    var keyLines: QuizSourceLines {
        QuizSourceLines(
            start: line,
            keys: Dictionary(entries.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first }))
    }
}
