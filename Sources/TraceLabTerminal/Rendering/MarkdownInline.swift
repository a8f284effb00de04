/// Inline Markdown (`code`, **strong**, *emphasis*, _emphasis_, [links](url), backslash escapes)
/// turned into styled words ready for wrapping. Markers are removed; strong and emphasis are
/// shown only through colour. Code keeps its backticks when colour is off, so a command to type
/// still stands out.
struct MarkdownInline {
    let colorEnabled: Bool

    /// The words of `text`, every run carrying `base` plus its own inline style.
    func words(_ text: String, base: ANSIStyle) -> [StyledLine] {
        var builder = WordBuilder()
        for run in runs(Substring(text), base: base) {
            builder.add(run.text, run.ansi)
        }
        return builder.finish()
    }

    private func runs(_ text: Substring, base: ANSIStyle) -> [(text: String, ansi: ANSIStyle)] {
        var result: [(text: String, ansi: ANSIStyle)] = []
        var plain = ""
        func flush() {
            if !plain.isEmpty { result.append((plain, base)) }
            plain = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\\", next < text.endIndex, text[next].isASCII,
                text[next].isPunctuation || text[next].isSymbol
            {
                plain.append(text[next])
                index = text.index(after: next)
            } else if character == "`", let span = codeSpan(in: text, at: index) {
                flush()
                result.append((colorEnabled ? span.content : "`" + span.content + "`", base + Palette.code))
                index = span.end
            } else if character == "*" || character == "_", let span = emphasisSpan(in: text, at: index) {
                flush()
                result.append(
                    contentsOf: runs(
                        span.inner, base: base + (span.strong ? Palette.strong : Palette.emphasis)))
                index = span.end
            } else if character == "[", let link = linkSpan(in: text, at: index) {
                flush()
                result.append(contentsOf: runs(link.label, base: base))
                result.append((" (" + link.target + ")", base + Palette.secondary))
                index = link.end
            } else {
                plain.append(character)
                index = next
            }
        }
        flush()
        return result
    }

    private func codeSpan(in text: Substring, at start: Substring.Index)
        -> (content: String, end: Substring.Index)?
    {
        let ticks = text[start...].prefix { $0 == "`" }.count
        let delimiter = String(repeating: "`", count: ticks)
        let contentStart = text.index(start, offsetBy: ticks)
        var search = contentStart
        while let found = text[search...].firstRange(of: delimiter) {
            let after = found.upperBound
            if after < text.endIndex, text[after] == "`" {
                search = text[after...].firstIndex { $0 != "`" } ?? text.endIndex
                continue
            }
            var content = String(text[contentStart..<found.lowerBound])
            if content.count > 1, content.hasPrefix(" "), content.hasSuffix(" "),
                content.contains(where: { $0 != " " })
            {
                content = String(content.dropFirst().dropLast())
            }
            return (content, after)
        }
        return nil
    }

    private func emphasisSpan(in text: Substring, at start: Substring.Index)
        -> (inner: Substring, strong: Bool, end: Substring.Index)?
    {
        let marker = text[start]
        let run = text[start...].prefix { $0 == marker }.count
        let strong = run >= 2
        let delimiter = String(repeating: String(marker), count: strong ? 2 : 1)
        let innerStart = text.index(start, offsetBy: delimiter.count)
        guard innerStart < text.endIndex, !text[innerStart].isWhitespace else { return nil }
        if marker == "_", start > text.startIndex, text[text.index(before: start)].isLetterOrDigit {
            return nil
        }
        var search = innerStart
        while let found = text[search...].firstRange(of: delimiter) {
            let before = text[text.index(before: found.lowerBound)]
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            let closes =
                found.lowerBound > innerStart && !before.isWhitespace
                && (strong || after != marker)
                && (marker != "_" || !(after?.isLetterOrDigit ?? false))
            if closes { return (text[innerStart..<found.lowerBound], strong, found.upperBound) }
            search = text.index(after: found.lowerBound)
        }
        return nil
    }

    private func linkSpan(in text: Substring, at start: Substring.Index)
        -> (label: Substring, target: String, end: Substring.Index)?
    {
        guard let close = text[start...].firstRange(of: "]("),
            let end = text[close.upperBound...].firstIndex(of: ")")
        else { return nil }
        let label = text[text.index(after: start)..<close.lowerBound]
        guard !label.contains("[") else { return nil }
        return (label, String(text[close.upperBound..<end]), text.index(after: end))
    }
}

/// Collects styled text into words, splitting at spaces and merging neighbouring runs of the
/// same style.
private struct WordBuilder {
    private var words: [StyledLine] = []
    private var pieces: [(text: String, ansi: ANSIStyle)] = []

    mutating func add(_ text: String, _ ansi: ANSIStyle) {
        var current = ""
        for character in text {
            if character == " " || character == "\n" {
                append(current, ansi)
                current = ""
                endWord()
            } else {
                current.append(character)
            }
        }
        append(current, ansi)
    }

    private mutating func append(_ text: String, _ ansi: ANSIStyle) {
        guard !text.isEmpty else { return }
        if let last = pieces.last, last.ansi == ansi {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append((text, ansi))
        }
    }

    private mutating func endWord() {
        guard !pieces.isEmpty else { return }
        var word = StyledLine()
        for piece in pieces { word.append(piece.text, piece.ansi) }
        words.append(word)
        pieces = []
    }

    mutating func finish() -> [StyledLine] {
        endWord()
        return words
    }
}

extension Character {
    fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
