/// What every lesson must satisfy on its own, whoever built it: well-formed, unique step ids,
/// prose in every step, commands written without the `tracelab` prefix.
enum LessonRules {
    /// Every breach of the rules in `lesson`, with lines.
    static func problems(in lesson: Lesson, file: String) -> [ContentError] {
        var problems: [ContentError] = []
        var firstLine: [String: Int] = [:]
        for step in lesson.steps {
            if !step.id.isEmpty {
                if !ContentIdentifier.isValid(step.id) {
                    problems.append(
                        ContentError(
                            file: file, line: step.line,
                            message: "step id '\(step.id)' must be \(ContentIdentifier.rule)"))
                }
                if let first = firstLine[step.id] {
                    problems.append(
                        ContentError(
                            file: file, line: step.line,
                            message:
                                "step id '\(step.id)' is already used on line \(first); give this step its own id"
                        ))
                } else {
                    firstLine[step.id] = step.line
                }
            }
            if step.prose.trimmingWhitespace.isEmpty {
                problems.append(
                    ContentError(
                        file: file, line: step.line,
                        message: "step '\(step.title)' has no text; write what the learner should read here"))
            }
            for command in step.commands where command.text.split(separator: " ").first == "tracelab" {
                problems.append(
                    ContentError(
                        file: file, line: command.line,
                        message:
                            "write '\(command.text.dropFirst("tracelab".count).trimmingWhitespace)' without the 'tracelab' prefix; the REPL adds it"
                    ))
            }
        }
        return problems
    }
}
