import ArgumentParser
import Foundation

/// Options every command accepts, in the shell and at the prompt alike.
public struct GlobalOptions: ParsableArguments, Sendable {
    /// Where progress, history and scores are kept.
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Where progress, history and scores are kept.",
            discussion: "Default: $TRACELAB_DATA_DIR, else $XDG_DATA_HOME/tracelab.",
            valueName: "folder"))
    public var dataDirectory: String?

    /// Where `lessons/` and `quizzes/` are read from instead of the built-in course.
    @Option(
        name: .customLong("content-dir"),
        help: ArgumentHelp(
            "Read lessons/ and quizzes/ from this folder.",
            discussion:
                "Default: $TRACELAB_CONTENT_DIR, else the checkout tracelab was built in, else the course built into tracelab.",
            valueName: "folder"))
    public var contentDirectory: String?

    /// Turns colour off even on a terminal.
    @Flag(name: .customLong("no-color"), help: "Never use colour (also honoured: NO_COLOR).")
    public var noColor = false

    /// Shows long output all at once instead of a screen at a time.
    @Flag(
        name: .customLong("no-pager"),
        help: "Never page long output at a terminal (also honoured: TRACELAB_PAGER=off).")
    public var noPager = false

    /// Whose progress and scores these are.
    @Option(
        help: ArgumentHelp(
            "Whose progress and scores these are (default: $TRACELAB_LEARNER or $USER).", valueName: "name"))
    public var learner: String?

    /// Creates the options (ArgumentParser fills them in while parsing).
    public init() {}

    /// The global options among `arguments` (a whole command line), found before the command is
    /// parsed, so whatever a command asks at the keyboard keeps its history in the data
    /// directory the command was given. Options it cannot read are left at their defaults.
    public static func scanned(from arguments: [String]) -> GlobalOptions {
        var picked: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let word = arguments[index]
            if ["--data-dir", "--learner"].contains(word), index + 1 < arguments.endIndex {
                picked += [word, arguments[index + 1]]
                index += 1
            } else if word.hasPrefix("--data-dir=") || word.hasPrefix("--learner=") || word == "--no-color" {
                picked.append(word)
            }
            index += 1
        }
        return (try? GlobalOptions.parse(picked)) ?? defaults
    }

    /// Rejects an empty `--data-dir`, which would otherwise mean the current directory.
    public func validate() throws {
        if let dataDirectory, dataDirectory.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--data-dir needs a folder; an empty path would mean the current directory")
        }
    }

    /// The options when none were given on the command line.
    public static var defaults: GlobalOptions {
        // Parsing no arguments cannot fail: every option is optional.
        (try? GlobalOptions.parse([])) ?? GlobalOptions()
    }
}
