import TraceLabCore
import TraceLabTerminal

/// Turns the lesson into terminal text: the greeting, a step with its suggested commands, the
/// table of contents, the closing message.
struct LessonViews {
    let style: TerminalStyle
    let interactive: Bool

    init(context: CommandContext, global: GlobalOptions) {
        style = context.style(global)
        interactive = context.interactive
    }

    /// The first words a learner sees: a welcome for a new learner, "welcome back" otherwise.
    func welcome(_ session: LessonSession) -> String {
        let lesson = session.lesson
        if session.isNew {
            var text =
                "# \(lesson.title)\n\nAbout \(lesson.minutes) minutes · \(lesson.steps.count) steps.\n\n"
            // How to move around is the first step's subject, so the greeting stays short enough
            // for the title to stay on a 30-row screen with that step below it.
            if !lesson.introduction.isEmpty { text += lesson.introduction + "\n" }
            return markdown(text)
        }
        let number = session.currentIndex + 1
        return markdown(
            "Welcome back to **\(lesson.title)**: step \(number) of \(lesson.steps.count), "
                + "\(session.current.title). Your lab settings are as you left them.\n")
    }

    /// One step: its number and title, its text, the commands it suggests, and how to go on.
    func step(_ session: LessonSession) -> String {
        let step = session.current
        let number = session.currentIndex + 1
        var text = "## Step \(number) of \(session.lesson.steps.count) · \(step.title)\n\n"
        var commandNumber = 0
        for part in step.parts {
            switch part {
            case .text(let prose):
                text += prose + "\n"
            case .commands(let commands):
                text += "\n```\n"
                for command in commands {
                    commandNumber += 1
                    // A code block is never wrapped, so a command too long for the screen is
                    // broken at its spaces here, its later lines indented past the number, and
                    // never cut short.
                    let prefix = "\(commandNumber)› "
                    let width = style.width - Self.codeIndent
                    let lines = hanging(
                        prefix, command.text, width: width,
                        continuation: String(repeating: " ", count: prefix.count + 2))
                    // A word too long for its indented line (a whole traceparent) moves left.
                    let fitted = lines.map { line in
                        let spare = min(line.prefix { $0 == " " }.count, max(0, line.count - width))
                        return String(line.dropFirst(spare))
                    }
                    text += fitted.joined(separator: "\n") + "\n"
                }
                text += "```\n\n"
            }
        }
        if commandNumber > 0 {
            text += "\n_Type them, or `try` to run them all (`try 1`: the first)._\n"
        }
        let isLast = session.currentIndex == session.lesson.steps.count - 1
        text +=
            isLast
            ? "\n_This is the last step. Type `quiz` for the knowledge check._\n"
            : "\n_Enter or `next` to continue · `back` · `steps` · `help`_\n"
        return "\n" + markdown(text)
    }

    /// The table of contents: ✓ done, ▶ current. An entry too wide for the terminal wraps at a
    /// word, its continuation hanging under the title.
    func contents(_ session: LessonSession) -> String {
        var lines = ["\(session.lesson.title): \(session.lesson.steps.count) steps"]
        for (index, step) in session.lesson.steps.enumerated() {
            let mark = index == session.currentIndex ? "▶" : (session.isDone(step.id) ? "✓" : " ")
            let number = String(index + 1).leftPadded(to: 2)
            lines += hanging(" \(mark) \(number). ", "\(step.title)  [\(step.id)]")
        }
        lines += hanging("", "✓ done · ▶ you are here · 'goto <number or id>' to jump")
        return TextSanitizer.sanitize(lines.joined(separator: "\n")) + "\n"
    }

    /// How far the Markdown renderer indents a code block.
    private static let codeIndent = 4

    /// `body` after `prefix`, wrapped at spaces to `width` (the screen's by default), later
    /// lines after `continuation` (by default, indented under the body).
    private func hanging(_ prefix: String, _ body: String, width: Int? = nil, continuation: String? = nil)
        -> [String]
    {
        let indent = continuation ?? String(repeating: " ", count: prefix.count)
        let room = max((width ?? style.width) - max(prefix.count, indent.count), 12)
        if body.count <= room { return [prefix + body] }
        var lines: [String] = []
        var current = ""
        for word in body.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > room {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element }
    }

    /// What `next` prints after the last step.
    func finished(_ session: LessonSession) -> String {
        let quiz = session.lesson.quiz.map { " Type `quiz` to take the knowledge check (\($0))." } ?? ""
        return markdown("You have reached the end of **\(session.lesson.title)**.\(quiz)\n")
    }

    private func markdown(_ text: String) -> String {
        let rendered = MarkdownTerminalRenderer(style: style).render(text)
        return rendered.hasSuffix("\n") ? rendered : rendered + "\n"
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
