/// Splits one command's output into screens so a learner can read it before it scrolls away.
/// Pure: it counts the rows text takes on a terminal of the given size (long lines wrap, colour
/// escapes take no room) and says when a screen is full; the caller shows ``prompt``, reads a
/// key and passes the ``Answer`` back.
///
///     var rest = Substring(text)
///     while !rest.isEmpty && !pager.isStopped {
///         if pager.isScreenFull { pager.answer(askTheLearner()); continue }
///         write(pager.take(from: &rest))
///     }
public struct Pager: Sendable {
    /// What the learner chose at the prompt.
    public enum Answer: Sendable, Equatable {
        /// Show the next screen.
        case nextScreen
        /// Show nothing more of this output.
        case stop
    }

    /// The line shown when a screen is full.
    public static let prompt = "-- more (space/enter: next, q: stop) --"

    /// Rows of output per screen: the terminal's height less the row the prompt takes.
    public let rowsPerScreen: Int
    /// The terminal's width, where long lines wrap.
    public let columns: Int
    private var rowsShown = 0
    private var column = 0
    private var inEscape = false
    /// True once the learner chose to stop: nothing more of this output is shown.
    public private(set) var isStopped = false

    /// A pager for a terminal of `rows` by `columns` (each at least 2 and 1).
    public init(rows: Int, columns: Int) {
        rowsPerScreen = max(1, rows - 1)
        self.columns = max(1, columns)
    }

    /// True when the screen is full and more output is waiting: ask before taking any.
    public var isScreenFull: Bool { rowsShown >= rowsPerScreen }

    /// Removes from the front of `text` and returns what still fits on this screen (everything
    /// when it all fits); returns nothing when the screen is full or the learner stopped.
    public mutating func take(from text: inout Substring) -> Substring {
        guard !isStopped, !isScreenFull else { return "" }
        var end = text.startIndex
        while end < text.endIndex && !isScreenFull {
            let character = text[end]
            if !fits(character) { break }
            end = text.index(after: end)
        }
        let piece = text[..<end]
        text = text[end...]
        return piece
    }

    /// Records the learner's answer: a fresh screen, or the end of this output.
    public mutating func answer(_ answer: Answer) {
        switch answer {
        case .nextScreen:
            rowsShown = 0
            column = 0
        case .stop: isStopped = true
        }
    }

    /// The answer a key press means: `q`, `Q`, Ctrl-C or the end of input stop; any other key
    /// (space, enter) shows the next screen.
    public static func answer(forKey key: UInt8?) -> Answer {
        guard let key else { return .stop }
        return [UInt8(ascii: "q"), UInt8(ascii: "Q"), 3, 4].contains(key) ? .stop : .nextScreen
    }

    /// Counts `character` onto the screen; false (counting nothing) when it would start a row
    /// beyond this screen.
    private mutating func fits(_ character: Character) -> Bool {
        if inEscape {
            // A CSI sequence ends with a byte from @ to ~.
            if let value = character.asciiValue, (0x40...0x7E).contains(value), character != "[" {
                inEscape = false
            }
            return true
        }
        switch character {
        case "\u{1B}":
            inEscape = true
        case "\n", "\r\n":
            rowsShown += 1
            column = 0
        case "\r":
            column = 0
        default:
            let width = TerminalColumns.of(character)
            if column + width > columns {
                guard rowsShown + 1 < rowsPerScreen else {
                    rowsShown = rowsPerScreen
                    column = 0
                    return false
                }
                rowsShown += 1
                column = 0
            }
            column += width
        }
        return true
    }
}
