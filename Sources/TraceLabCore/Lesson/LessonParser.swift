/// Turns a lesson's Markdown into a ``Lesson``.
///
/// The format: a front matter block between `---` lines at the top (`id`, `title`, `minutes`,
/// optional `scenario` and `quiz`); optional introduction text; then steps, each a
/// `## Title {#step-id}` section. Inside a step, a fenced block with the info string `tracelab`
/// lists REPL commands, one a line, written without the `tracelab` prefix. Such blocks become
/// ``LessonStep/Part/commands(_:)`` parts; all other text, other fences included, stays Markdown.
public enum LessonParser {
    /// Parses `text`, the contents of `file` (the name used in messages).
    ///
    /// Throws the first problem by line when the file is malformed: front matter missing, unclosed
    /// or with a bad field, a heading without an id, a bad or repeated step id, a step without
    /// text, an unclosed fence, a `tracelab` block outside a step or empty, no steps at all.
    /// Whether commands, scenarios and quizzes exist is ``LessonValidator``'s job.
    public static func parse(text: String, file: String) throws(ContentError) -> Lesson {
        let reading = LessonReader.read(text: text, file: file)
        let problems = (reading.problems + LessonRules.problems(in: reading.lesson, file: file)).sortedByLine
        if let first = problems.first { throw first }
        return reading.lesson
    }
}
