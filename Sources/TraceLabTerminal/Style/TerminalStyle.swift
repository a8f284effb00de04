/// How output should look on the learner's terminal: whether ANSI colour may be used and how many
/// columns a line may take. Renderers take one of these as a parameter and never look at the
/// environment themselves.
public struct TerminalStyle: Hashable, Sendable {
    /// The narrowest width renderers are asked to fit; smaller requests are raised to this.
    public static let minimumWidth = 20
    /// The widest width renderers are asked to fill; larger requests are lowered to this.
    public static let maximumWidth = 400
    /// The width used when neither the terminal nor `COLUMNS` says how wide the screen is.
    public static let fallbackWidth = 80

    /// Whether ANSI escape sequences may be written. When false, output contains no ESC byte.
    public var colorEnabled: Bool
    /// The number of columns no rendered line exceeds, always within
    /// ``minimumWidth``...``maximumWidth``.
    public var width: Int {
        didSet { width = Self.clampedWidth(width) }
    }

    /// Creates a style; `width` is clamped to ``minimumWidth``...``maximumWidth``.
    public init(colorEnabled: Bool, width: Int) {
        self.colorEnabled = colorEnabled
        self.width = Self.clampedWidth(width)
    }

    /// A colourless style of the given width (clamped like ``init(colorEnabled:width:)``).
    public static func plain(width: Int = fallbackWidth) -> TerminalStyle {
        TerminalStyle(colorEnabled: false, width: width)
    }

    /// Decides the style from facts the caller gathered about the process.
    ///
    /// Colour is on only when output goes to a terminal, `NO_COLOR` is unset or empty (see
    /// no-color.org), `TERM` is not `dumb`, and the user did not pass a no-colour flag. The width
    /// is the terminal's column count when known and positive, else a positive whole number in
    /// `COLUMNS`, else ``fallbackWidth``; the result is clamped to ``minimumWidth``...``maximumWidth``.
    public static func resolve(
        environment: [String: String], isTerminal: Bool, terminalColumns: Int?, noColorFlag: Bool
    ) -> TerminalStyle {
        let noColorRequested = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumbTerminal = environment["TERM"] == "dumb"
        let colorEnabled = isTerminal && !noColorRequested && !dumbTerminal && !noColorFlag
        let width: Int
        if let terminalColumns, terminalColumns > 0 {
            width = terminalColumns
        } else if let text = environment["COLUMNS"], let columns = Int(text.trimmingSpaces), columns > 0 {
            width = columns
        } else {
            width = fallbackWidth
        }
        return TerminalStyle(colorEnabled: colorEnabled, width: width)
    }

    private static func clampedWidth(_ width: Int) -> Int {
        min(max(width, minimumWidth), maximumWidth)
    }
}
