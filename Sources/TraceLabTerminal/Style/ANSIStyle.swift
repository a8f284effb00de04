/// A combination of ANSI Select Graphic Rendition attributes (bold, colours...) that
/// ``TerminalStyle/paint(_:_:)`` wraps around text when colour is enabled.
public struct ANSIStyle: Hashable, Sendable {
    /// The SGR parameter numbers, in the order they are written.
    public let codes: [UInt8]
    /// The escape sequence that switches this style on, made once because every painted piece
    /// of text repeats it.
    let openingSequence: String

    /// Creates a style from raw SGR parameter numbers.
    public init(codes: [UInt8]) {
        self.codes = codes
        self.openingSequence = "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m"
    }

    /// No attributes: text is written as it is even when colour is on.
    public static let plain = ANSIStyle(codes: [])
    /// Bold (increased intensity).
    public static let bold = ANSIStyle(codes: [1])
    /// Faint (decreased intensity).
    public static let dim = ANSIStyle(codes: [2])
    /// Italic.
    public static let italic = ANSIStyle(codes: [3])
    /// Underlined.
    public static let underline = ANSIStyle(codes: [4])
    /// Red foreground.
    public static let red = ANSIStyle(codes: [31])
    /// Green foreground.
    public static let green = ANSIStyle(codes: [32])
    /// Yellow foreground.
    public static let yellow = ANSIStyle(codes: [33])
    /// Blue foreground.
    public static let blue = ANSIStyle(codes: [34])
    /// Magenta foreground.
    public static let magenta = ANSIStyle(codes: [35])
    /// Cyan foreground.
    public static let cyan = ANSIStyle(codes: [36])

    /// True when the style has no attributes.
    public var isPlain: Bool { codes.isEmpty }

    /// Both styles' attributes together.
    public static func + (lhs: ANSIStyle, rhs: ANSIStyle) -> ANSIStyle {
        ANSIStyle(codes: lhs.codes + rhs.codes)
    }

    /// The escape sequence that switches every attribute off.
    static let resetSequence = "\u{1B}[0m"
}

extension TerminalStyle {
    /// `text` wrapped in `ansi`'s escape sequences when colour is enabled; otherwise, or when
    /// `ansi` is plain or `text` is empty, `text` unchanged.
    public func paint(_ text: String, _ ansi: ANSIStyle) -> String {
        guard colorEnabled, !ansi.isPlain, !text.isEmpty else { return text }
        return ansi.openingSequence + text + ANSIStyle.resetSequence
    }

    /// Appends the UTF-8 of ``paint(_:_:)`` for the text `write` appends to `output`; `write`
    /// must append at least one byte.
    func paint(_ ansi: ANSIStyle, into output: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        let painted = colorEnabled && !ansi.isPlain
        if painted { output.append(contentsOf: ansi.openingSequence.utf8) }
        write(&output)
        if painted { output.append(contentsOf: ANSIStyle.resetSequence.utf8) }
    }
}
