/// Checks a lesson completely and reports every problem at once, each with file and line, so an
/// author can fix them all in one pass.
public enum LessonValidator {
    /// Every problem in `text`, the contents of `file`: everything ``LessonParser`` rejects plus
    /// everything ``validate(_:file:isKnownCommand:knownScenarios:knownQuizzes:)`` reports,
    /// ordered by line. An empty result means the lesson is ready to ship.
    ///
    /// - Parameters:
    ///   - isKnownCommand: given one command as written in a `tracelab` block, returns why the
    ///     REPL would reject it, or nil when it would accept it.
    ///   - knownScenarios: every scenario id mapped to the names of its boundaries
    ///     (`gateway:billing`, ...).
    ///   - knownQuizzes: every quiz id.
    public static func validate(
        text: String, file: String, isKnownCommand: (String) -> String?,
        knownScenarios: [String: [String]], knownQuizzes: Set<String>
    ) -> [ContentError] {
        let reading = LessonReader.read(text: text, file: file)
        let references = LessonReferences(
            file: file, knownScenarios: knownScenarios, knownQuizzes: knownQuizzes)
        return
            (reading.problems + LessonRules.problems(in: reading.lesson, file: file)
            + references.problems(in: reading.lesson, isKnownCommand: isKnownCommand)).sortedByLine
    }

    /// Every problem in an already built `lesson`, ordered by line: bad or repeated step ids,
    /// steps without text, commands the REPL rejects (asked of `isKnownCommand`), a `run` of an
    /// unknown scenario, a boundary that the scenario in use does not have, and a front matter
    /// `scenario` or `quiz` that does not exist. Syntax (front matter, fences) is only visible
    /// in the text; use ``validate(text:file:isKnownCommand:knownScenarios:knownQuizzes:)`` for it.
    ///
    /// Boundaries are checked against the scenario in use at that point of the lesson, read in
    /// order: the lesson's `scenario`, then whichever scenario the latest `run <scenario>` named.
    /// Before any scenario is known, any scenario's boundary is accepted.
    public static func validate(
        _ lesson: Lesson, file: String, isKnownCommand: (String) -> String?,
        knownScenarios: [String: [String]], knownQuizzes: Set<String>
    ) -> [ContentError] {
        let references = LessonReferences(
            file: file, knownScenarios: knownScenarios, knownQuizzes: knownQuizzes)
        return
            (LessonRules.problems(in: lesson, file: file)
            + references.problems(in: lesson, isKnownCommand: isKnownCommand)).sortedByLine
    }
}
