/// One `## Title {#step-id}` section of a lesson.
public struct LessonStep: Hashable, Sendable {
    /// The stable id from the heading (`trace-and-spans`); `goto` and saved progress use it.
    public var id: String
    /// The heading text without the id.
    public var title: String
    /// The body in reading order: prose and the `tracelab` command blocks between it.
    public var parts: [Part]
    /// The 1-based line of the heading.
    public var line: Int

    /// A piece of a step's body.
    public enum Part: Hashable, Sendable {
        /// Markdown prose (other fenced blocks stay inside it, untouched).
        case text(String)
        /// A ```` ```tracelab ```` block: commands to show and to run with `try`.
        case commands([LessonCommand])
    }

    /// Creates a step.
    public init(id: String, title: String, parts: [Part], line: Int) {
        self.id = id
        self.title = title
        self.parts = parts
        self.line = line
    }

    /// Every command of every `tracelab` block, in order; what `try` runs.
    public var commands: [LessonCommand] {
        parts.flatMap { part -> [LessonCommand] in
            if case .commands(let commands) = part { return commands }
            return []
        }
    }

    /// The prose alone, without the command blocks, paragraphs separated by a blank line.
    public var prose: String {
        parts.compactMap { part -> String? in
            if case .text(let text) = part { return text }
            return nil
        }.joined(separator: "\n\n")
    }

    /// The whole body as Markdown with each command block kept in place as a
    /// ```` ```tracelab ```` fence, one command a line.
    public var markdown: String {
        parts.map { part -> String in
            switch part {
            case .text(let text):
                return text
            case .commands(let commands):
                return (["```tracelab"] + commands.map(\.text) + ["```"]).joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }
}

/// One line of a `tracelab` block: a REPL command written without the `tracelab` prefix.
public struct LessonCommand: Hashable, Sendable {
    /// The command as written, trimmed (`run checkout --off gateway:billing`).
    public var text: String
    /// The 1-based line it is on.
    public var line: Int

    /// Creates a command.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
