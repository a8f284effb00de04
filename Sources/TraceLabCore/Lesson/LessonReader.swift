/// Reads a lesson's Markdown line by line into a best-effort ``Lesson``, noting every syntax
/// problem with its line instead of stopping at the first.
enum LessonReader {
    /// Reads `text`, the contents of `file`.
    /// A file beyond ``ContentLimits`` gives an empty lesson and that one problem.
    static func read(text: String, file: String) -> LessonReading {
        do {
            try ContentLimits.checkSize(of: text, file: file)
        } catch {
            let empty = Lesson(
                id: "", title: "", minutes: 0, scenario: nil, quiz: nil, introduction: "", steps: [],
                frontMatterLines: [:])
            return LessonReading(lesson: empty, problems: [error])
        }
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var problems: [ContentError] = []
        let (frontMatter, bodyStart) = readFrontMatter(lines, file: file, problems: &problems)
        var body = BodyBuilder(file: file)
        for (offset, line) in lines.enumerated().dropFirst(bodyStart) {
            body.consume(line, number: offset + 1)
        }
        body.finish()
        problems += body.problems
        if body.steps.isEmpty {
            problems.append(
                ContentError(
                    file: file, line: min(bodyStart + 1, max(lines.count, 1)),
                    message: "the lesson has no steps; add a section headed '## Title {#step-id}'"))
        }
        let lesson = Lesson(
            id: frontMatter.id, title: frontMatter.title, minutes: frontMatter.minutes,
            scenario: frontMatter.scenario, quiz: frontMatter.quiz, introduction: body.introduction,
            steps: body.steps, frontMatterLines: frontMatter.lines)
        return LessonReading(lesson: lesson, problems: problems + frontMatter.problems)
    }

    /// Reads the `---` block and returns it with the index of the first body line.
    private static func readFrontMatter(
        _ lines: [Substring], file: String, problems: inout [ContentError]
    ) -> (LessonFrontMatter, Int) {
        guard lines.first?.trimmingWhitespace == "---" else {
            problems.append(
                ContentError(
                    file: file, line: 1,
                    message:
                        "a lesson starts with front matter: a '---' line, then 'id:', 'title:' and 'minutes:' lines, then '---'"
                ))
            return (LessonFrontMatter(), 0)
        }
        if let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingWhitespace == "---" }) {
            let frontMatter = LessonFrontMatter(
                yamlLines: Array(lines[1..<closing]), firstLine: 2, openingLine: 1, file: file)
            return (frontMatter, closing + 1)
        }
        problems.append(
            ContentError(
                file: file, line: 1,
                message: "the front matter opened here is never closed; add a '---' line after its last key"))
        let end =
            lines.indices.dropFirst().first {
                lines[$0].trimmingWhitespace.isEmpty || lines[$0].hasPrefix("#")
            } ?? lines.count
        let frontMatter = LessonFrontMatter(
            yamlLines: Array(lines[1..<end]), firstLine: 2, openingLine: 1, file: file)
        return (frontMatter, end)
    }
}

/// Collects the introduction and the steps as lines arrive.
private struct BodyBuilder {
    let file: String
    var introduction = ""
    var steps: [LessonStep] = []
    var problems: [ContentError] = []

    private var introductionLines: [Substring] = []
    private var current: (heading: StepHeading, line: Int, parts: [LessonStep.Part])?
    private var textLines: [Substring] = []
    private var fence: (fence: MarkdownFence, line: Int, commands: [LessonCommand]?)?

    init(file: String) {
        self.file = file
    }

    mutating func consume(_ line: Substring, number: Int) {
        if let open = fence {
            if open.fence.isClosed(by: line) {
                if open.commands == nil { appendText(line) }
                closeFence()
                return
            }
            if open.commands != nil, let heading = StepHeading(line) {
                reportUnclosedFence()
                closeFence()
                startStep(heading, line: number)
                return
            }
            if let commands = open.commands {
                let command = line.trimmingWhitespace
                if !command.isEmpty {
                    fence?.commands = commands + [LessonCommand(text: String(command), line: number)]
                }
            } else {
                appendText(line)
            }
            return
        }
        if let opening = MarkdownFence(opening: line) {
            if opening.isLanguage("tracelab") {
                flushText()
                fence = (opening, number, [])
                if current == nil {
                    problems.append(
                        ContentError(
                            file: file, line: number,
                            message:
                                "a tracelab block belongs inside a step; move it below a '## Title {#step-id}' heading"
                        ))
                }
            } else {
                fence = (opening, number, nil)
                appendText(line)
            }
            return
        }
        if let heading = StepHeading(line) {
            startStep(heading, line: number)
            return
        }
        appendText(line)
    }

    mutating func finish() {
        if fence != nil {
            reportUnclosedFence()
            closeFence()
        }
        finishStep()
    }

    /// Notes that the open fence never closes. A `tracelab` block also ends at the next step
    /// heading, since no command starts with `##`, so the steps after it are still read.
    private mutating func reportUnclosedFence() {
        guard let open = fence else { return }
        let marker = String(repeating: open.fence.character, count: open.fence.length)
        problems.append(
            ContentError(
                file: file, line: open.line,
                message: "the \(marker) fence opened here is never closed; add a closing \(marker) line"))
    }

    private mutating func startStep(_ heading: StepHeading, line: Int) {
        if heading.id == nil {
            problems.append(
                ContentError(
                    file: file, line: line,
                    message:
                        "step heading '## \(heading.title)' has no id; end it with one, like '## \(heading.title) {#step-id}'"
                ))
        }
        if heading.title.isEmpty {
            problems.append(
                ContentError(
                    file: file, line: line, message: "step heading has no title; write '## Title {#step-id}'")
            )
        }
        finishStep()
        current = (heading, line, [])
    }

    private mutating func finishStep() {
        flushText()
        if let step = current {
            steps.append(
                LessonStep(
                    id: step.heading.id ?? "", title: step.heading.title, parts: step.parts, line: step.line))
        } else {
            introduction = introductionLines.joined(separator: "\n")
        }
        current = nil
    }

    private mutating func closeFence() {
        guard let open = fence else { return }
        fence = nil
        guard let commands = open.commands else { return }
        if commands.isEmpty {
            problems.append(
                ContentError(
                    file: file, line: open.line,
                    message:
                        "this tracelab block has no commands; write one command a line or remove the block"))
        } else if current != nil {
            current?.parts.append(.commands(commands))
        }
    }

    private mutating func appendText(_ line: Substring) {
        textLines.append(line)
    }

    /// Ends the current run of prose, dropping blank lines at either end.
    private mutating func flushText() {
        defer { textLines = [] }
        guard let first = textLines.firstIndex(where: { !$0.trimmingWhitespace.isEmpty }),
            let last = textLines.lastIndex(where: { !$0.trimmingWhitespace.isEmpty })
        else { return }
        let text = textLines[first...last].joined(separator: "\n")
        if current != nil {
            current?.parts.append(.text(text))
        } else {
            if !introductionLines.isEmpty { introductionLines.append("") }
            introductionLines.append(contentsOf: textLines[first...last])
        }
    }
}
