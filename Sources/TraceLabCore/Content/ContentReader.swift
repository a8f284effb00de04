/// Reads typed fields out of a ``ContentNode`` mapping, turning every mismatch into a
/// ``ContentError`` that names the file, the line and the fix.
public struct ContentReader: Sendable {
    /// The file being read, for messages.
    public let file: String
    /// The mapping being read.
    public let entries: [ContentNode.Entry]
    /// The mapping's own line.
    public let line: Int
    /// What this mapping is, for messages ("service 'billing'").
    public let context: String

    /// Wraps `node`, which must be a mapping.
    public init(_ node: ContentNode, file: String, context: String) throws(ContentError) {
        guard case .mapping(let entries, let line) = node else {
            throw ContentError(
                file: file, line: node.line,
                message: "\(context) must be a mapping of keys, not \(node.kindName)")
        }
        self.file = file
        self.entries = entries
        self.line = line
        self.context = context
    }

    /// Fails on any key outside `allowed`, naming the keys that are allowed.
    public func rejectUnknownKeys(_ allowed: [String]) throws(ContentError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw ContentError(
                file: file, line: entry.line,
                message:
                    "unknown key '\(entry.key)' in \(context); expected one of: \(allowed.joined(separator: ", "))"
            )
        }
    }

    /// The raw node under `key`, if present.
    public func node(_ key: String) -> ContentNode? {
        entries.first { $0.key == key }?.value
    }

    /// An error at `key`'s line (or the mapping's line when the key is absent).
    public func error(at key: String, _ message: String) -> ContentError {
        ContentError(file: file, line: entries.first { $0.key == key }?.line ?? line, message: message)
    }

    /// The text under `key`, which must be present and a single non-empty value.
    public func string(_ key: String) throws(ContentError) -> String {
        guard let value = try optionalString(key) else {
            throw ContentError(file: file, line: line, message: "\(context) needs '\(key)'")
        }
        return value
    }

    /// The text under `key`, or nil when absent; empty or non-scalar values are errors.
    public func optionalString(_ key: String) throws(ContentError) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let text, let line) = node else {
            throw ContentError(
                file: file, line: node.line,
                message: "'\(key)' in \(context) must be a single value, not \(node.kindName)")
        }
        guard !text.trimmingWhitespace.isEmpty else {
            throw ContentError(
                file: file, line: line, message: "'\(key)' in \(context) is empty; give it a value")
        }
        return text
    }

    /// A whole number under `key`, or nil when absent.
    public func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(ContentError) -> Int? {
        guard let text = try optionalString(key) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw error(
                at: key,
                "'\(key)' in \(context) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"
            )
        }
        return value
    }

    /// A number under `key`, or nil when absent.
    public func optionalDouble(_ key: String) throws(ContentError) -> Double? {
        guard let text = try optionalString(key) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw error(at: key, "'\(key)' in \(context) must be a number, not '\(text)'")
        }
        return value
    }

    /// A duration such as `800ms`, `1.5s` or `250us` under `key`, in nanoseconds, or nil when absent.
    public func optionalDuration(_ key: String) throws(ContentError) -> UInt64? {
        guard let text = try optionalString(key) else { return nil }
        guard let nanos = DurationText.nanoseconds(text) else {
            throw error(
                at: key, "'\(key)' in \(context) must be a duration like 800ms or 1.5s, not '\(text)'")
        }
        return nanos
    }

    /// The list under `key` (an absent key is an empty list); a non-list is an error.
    public func list(_ key: String) throws(ContentError) -> [ContentNode] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let items, _) = node else {
            throw ContentError(
                file: file, line: node.line,
                message: "'\(key)' in \(context) must be a list, not \(node.kindName)")
        }
        return items
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
        else {
            return ""
        }
        return self[start...end]
    }
}
