import Yams

/// A YAML document as a tree that remembers the line of every value, so a content loader can
/// say exactly where a mistake is.
public indirect enum ContentNode: Hashable, Sendable {
    /// A scalar, as written (quotes removed).
    case scalar(String, line: Int)
    /// A mapping with its keys in file order.
    case mapping([Entry], line: Int)
    /// A sequence.
    case sequence([ContentNode], line: Int)

    /// One key of a mapping with its value.
    public struct Entry: Hashable, Sendable {
        /// The key text.
        public var key: String
        /// The key's line.
        public var line: Int
        /// The value.
        public var value: ContentNode
    }

    /// Parses `text` (the contents of `file`) into a tree; an empty document is an empty mapping.
    /// YAML syntax errors and duplicate keys come back as a ``ContentError`` with the line.
    /// Files beyond ``ContentLimits`` (size, line length, nesting, values once aliases are
    /// expanded) are refused before a tree is built.
    public static func parse(_ text: String, file: String) throws(ContentError) -> ContentNode {
        try ContentLimits.checkSize(of: text, file: file)
        try YAMLShapeCheck.check(text, file: file)
        let node: Node?
        do {
            // Plain text is all the loaders read, so the basic resolver (no tag-guessing regexes) is enough.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.contentError(error, file: file, text: text)
        } catch {
            throw ContentError(file: file, line: nil, message: "cannot be read as YAML")
        }
        guard let node else { return .mapping([], line: 1) }
        return try convert(node, file: file)
    }

    /// The line this value starts on.
    public var line: Int {
        switch self {
        case .scalar(_, let line), .mapping(_, let line), .sequence(_, let line): line
        }
    }

    /// A word for the kind of value, for messages ("a list", "text").
    public var kindName: String {
        switch self {
        case .scalar: "a single value"
        case .mapping: "a mapping of keys"
        case .sequence: "a list"
        }
    }

    private static func convert(_ node: Node, file: String) throws(ContentError) -> ContentNode {
        let line = node.mark?.line ?? 1
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            var items: [ContentNode] = []
            for item in sequence {
                items.append(try convert(item, file: file))
            }
            return .sequence(items, line: line)
        case .mapping(let mapping):
            var entries: [Entry] = []
            var seen: [String: Int] = [:]
            for (key, value) in mapping {
                let keyLine = key.mark?.line ?? line
                guard let name = key.scalar?.string else {
                    throw ContentError(file: file, line: keyLine, message: "a key must be plain text")
                }
                if let first = seen[name] {
                    throw ContentError(
                        file: file, line: keyLine,
                        message: "key '\(name)' appears twice (first on line \(first)); keep one")
                }
                seen[name] = keyLine
                entries.append(Entry(key: name, line: keyLine, value: try convert(value, file: file)))
            }
            return .mapping(entries, line: line)
        case .alias:
            throw ContentError(
                file: file, line: line, message: "YAML aliases are not supported; write the value out")
        }
    }

    /// Never quotes the file's text: libyaml's own descriptions echo the offending line raw,
    /// control characters and all.
    private static func contentError(_ error: YamlError, file: String, text: String) -> ContentError {
        switch error {
        case .reader(let problem, let offset, _, _):
            return ContentError(
                file: file, line: offset.map { line(atByteOffset: $0, in: text) },
                message: "is not valid YAML: \(problem); remove control characters and invalid UTF-8")
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // The construct that was left open (a quote, a bracket) is where the fix goes.
            let during = context.map { " \($0.text) that starts here" } ?? ""
            return ContentError(
                file: file, line: context?.mark.line ?? mark.line,
                message: "is not valid YAML: \(problem)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ContentError(
                file: file, line: context.mark.line,
                message: "key '\(duplicates.joined(separator: "', '"))' appears twice; keep one")
        default:
            return ContentError(file: file, line: nil, message: "is not valid YAML")
        }
    }

    /// The 1-based line holding byte `offset` of `text`.
    private static func line(atByteOffset offset: Int, in text: String) -> Int {
        text.utf8.prefix(max(0, offset)).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
