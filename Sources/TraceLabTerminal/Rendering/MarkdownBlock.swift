/// The block structure of the Markdown subset lesson text uses.
enum MarkdownBlock: Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// `marker` is `•` for bullets or the item's own number (`3.`); `level` counts nesting;
    /// `afterBlankLine` is true when a blank line separated it from the block before.
    case listItem(marker: String, level: Int, text: String, afterBlankLine: Bool)
    case code([String])
    case quote(String)
    case table([String])
    case rule

    /// Splits sanitized Markdown into blocks.
    static func parse(_ markdown: String) -> [MarkdownBlock] {
        var parser = BlockParser()
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            parser.consume(String(line).replacing("\t", with: "    "))
        }
        parser.flush()
        return parser.blocks
    }
}

/// A line-by-line reader that builds ``MarkdownBlock``s.
private struct BlockParser {
    private enum Open {
        case none
        case paragraph([String])
        case listItem(marker: String, level: Int, lines: [String], afterBlankLine: Bool)
        case quote([String])
        case table([String])
        case code(fence: String, indent: Int, lines: [String])
    }

    private(set) var blocks: [MarkdownBlock] = []
    private var open = Open.none
    private var blankLineSeen = false

    mutating func consume(_ line: String) {
        let indent = line.prefix { $0 == " " }.count
        let trimmed = line.trimmingSpaces
        if case .code(let fence, let fenceIndent, var lines) = open {
            if trimmed.hasPrefix(fence) && trimmed.allSatisfy({ $0 == fence.first }) {
                blocks.append(.code(lines))
                open = .none
            } else {
                lines.append(String(line.dropFirst(min(indent, fenceIndent))))
                open = .code(fence: fence, indent: fenceIndent, lines: lines)
            }
            return
        }
        if trimmed.isEmpty {
            flush()
            blankLineSeen = true
            return
        }
        defer { blankLineSeen = false }
        if let fence = Self.fence(trimmed) {
            flush()
            open = .code(fence: fence, indent: indent, lines: [])
            return
        }
        if let heading = Self.heading(trimmed) {
            flush()
            blocks.append(heading)
            return
        }
        if Self.isRule(trimmed) {
            flush()
            blocks.append(.rule)
            return
        }
        if trimmed.hasPrefix("|") {
            if case .table(let lines) = open {
                open = .table(lines + [trimmed])
            } else {
                flush()
                open = .table([trimmed])
            }
            return
        }
        if trimmed.hasPrefix(">") {
            let text = trimmed.dropFirst().trimmingSpaces
            if case .quote(let lines) = open {
                open = .quote(lines + [text])
            } else {
                flush()
                open = .quote([text])
            }
            return
        }
        if let (marker, text) = Self.listMarker(trimmed) {
            flush()
            open = .listItem(marker: marker, level: indent / 2, lines: [text], afterBlankLine: blankLineSeen)
            return
        }
        switch open {
        case .paragraph(let lines): open = .paragraph(lines + [trimmed])
        case .listItem(let marker, let level, let lines, let afterBlankLine):
            open = .listItem(
                marker: marker, level: level, lines: lines + [trimmed], afterBlankLine: afterBlankLine)
        case .quote(let lines): open = .quote(lines + [trimmed])
        case .none, .table, .code:
            flush()
            open = .paragraph([trimmed])
        }
    }

    mutating func flush() {
        switch open {
        case .none: break
        case .paragraph(let lines): blocks.append(.paragraph(lines.joined(separator: " ")))
        case .listItem(let marker, let level, let lines, let afterBlankLine):
            blocks.append(
                .listItem(
                    marker: marker, level: level, text: lines.joined(separator: " "),
                    afterBlankLine: afterBlankLine))
        case .quote(let lines): blocks.append(.quote(lines.joined(separator: " ")))
        case .table(let lines): blocks.append(.table(lines))
        case .code(_, _, let lines): blocks.append(.code(lines))
        }
        open = .none
    }

    private static func fence(_ trimmed: String) -> String? {
        for fence in ["```", "~~~"] where trimmed.hasPrefix(fence) {
            return String(trimmed.prefix { $0 == fence.first })
        }
        return nil
    }

    private static func heading(_ trimmed: String) -> MarkdownBlock? {
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = text.dropLast(closing).trimmingSpaces
        }
        return .heading(level: hashes, text: text)
    }

    private static func isRule(_ trimmed: String) -> Bool {
        let marks = trimmed.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func listMarker(_ trimmed: String) -> (marker: String, text: String)? {
        if let first = trimmed.first, "-*+".contains(first), trimmed.dropFirst().first == " " {
            return ("•", trimmed.dropFirst(2).trimmingSpaces)
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")", rest.dropFirst().first == " "
        else { return nil }
        return (digits + ".", rest.dropFirst(2).trimmingSpaces)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        let characters = drop { $0 == " " }
        var end = characters.endIndex
        while end > characters.startIndex, characters[characters.index(before: end)] == " " {
            end = characters.index(before: end)
        }
        return String(characters[characters.startIndex..<end])
    }
}
