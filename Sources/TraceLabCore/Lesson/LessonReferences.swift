/// Checks what a lesson refers to outside itself: commands, scenarios, boundaries and quizzes.
struct LessonReferences {
    let file: String
    let knownScenarios: [String: [String]]
    let knownQuizzes: Set<String>

    /// Every reference in `lesson` that does not resolve; `isKnownCommand` judges each command.
    func problems(in lesson: Lesson, isKnownCommand: (String) -> String?) -> [ContentError] {
        var problems: [ContentError] = []
        var scenarioInUse: String?
        if let scenario = lesson.scenario {
            if knownScenarios[scenario] == nil {
                problems.append(
                    ContentError(
                        file: file, line: lesson.frontMatterLines["scenario"],
                        message: "unknown scenario '\(scenario)'; \(scenarioList)"))
            } else {
                scenarioInUse = scenario
            }
        }
        if let quiz = lesson.quiz, !knownQuizzes.contains(quiz) {
            let known =
                knownQuizzes.isEmpty
                ? "there are none" : "known quizzes: \(knownQuizzes.sorted().joined(separator: ", "))"
            problems.append(
                ContentError(
                    file: file, line: lesson.frontMatterLines["quiz"],
                    message: "unknown quiz '\(quiz)'; \(known)"))
        }
        for command in lesson.steps.flatMap(\.commands) {
            let words = command.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.first == "tracelab" { continue }
            if let reason = isKnownCommand(command.text) {
                problems.append(
                    ContentError(file: file, line: command.line, message: "'\(command.text)': \(reason)"))
                continue
            }
            problems += check(words, command: command, scenarioInUse: &scenarioInUse)
        }
        return problems
    }

    private var scenarioList: String {
        knownScenarios.isEmpty
            ? "there are no scenarios"
            : "known scenarios: \(knownScenarios.keys.sorted().joined(separator: ", "))"
    }

    /// Checks the scenario and boundaries `words` name, updating the scenario in use after a `run`.
    private func check(_ words: [String], command: LessonCommand, scenarioInUse: inout String?)
        -> [ContentError]
    {
        var problems: [ContentError] = []
        var boundaries: [String] = []
        switch words.first {
        case "run":
            var named: String?
            var index = 1
            while index < words.count {
                let word = words[index]
                if word == "--off" {
                    if index + 1 < words.count { boundaries.append(words[index + 1]) }
                    index += 2
                } else if word.hasPrefix("--off=") {
                    boundaries.append(String(word.dropFirst("--off=".count)))
                    index += 1
                } else if word == "--propagation" || word == "--seed" {
                    index += 2
                } else {
                    if !word.hasPrefix("-") && named == nil { named = word }
                    index += 1
                }
            }
            if let named {
                if knownScenarios[named] == nil {
                    problems.append(
                        ContentError(
                            file: file, line: command.line,
                            message: "'\(command.text)' runs unknown scenario '\(named)'; \(scenarioList)"))
                    return problems
                }
                scenarioInUse = named
            }
        case "propagation":
            if words.count > 2 && words[2] != "all" { boundaries.append(words[2]) }
        default:
            break
        }
        for boundary in boundaries {
            let known =
                scenarioInUse.flatMap { knownScenarios[$0] }
                ?? knownScenarios.values.flatMap { $0 }
            if !known.contains(boundary) {
                let place = scenarioInUse.map { "scenario '\($0)'" } ?? "any scenario"
                let names = scenarioInUse == nil ? Array(Set(known)).sorted() : known
                let list = names.isEmpty ? "" : "; boundaries: \(names.joined(separator: ", "))"
                problems.append(
                    ContentError(
                        file: file, line: command.line,
                        message:
                            "'\(command.text)' names boundary '\(boundary)', which \(place) does not have\(list)"
                    ))
            }
        }
        return problems
    }
}
