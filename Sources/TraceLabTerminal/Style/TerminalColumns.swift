/// How many terminal columns text takes, and how to cut it to fit. East Asian wide characters and
/// most emoji take two columns, zero-width marks none, everything else one.
enum TerminalColumns {
    static let ellipsis: Character = "…"

    static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(first.value) { return 2 }
        if scalars.allSatisfy(isZeroWidth) { return 0 }
        return 1
    }

    /// `text` if it fits in `columns`, otherwise its longest prefix that fits with `…` appended.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if text.utf8.count <= columns || of(text) <= columns { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        result.append(ellipsis)
        return result
    }

    /// `text` followed by spaces up to `columns` (unchanged when already that wide).
    static func pad(_ text: String, to columns: Int) -> String {
        let missing = columns - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// Splits `text` into pieces of at most `columns` columns each, never splitting a character.
    static func chunks(_ text: String, of columns: Int) -> [String] {
        guard columns > 0 else { return [text] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns, !current.isEmpty {
                pieces.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += width
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: false
        }
    }
}
