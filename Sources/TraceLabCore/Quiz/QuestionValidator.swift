/// The checks for one question: ids, text, choices, and a key that fits the choices.
struct QuestionValidator {
    let question: QuizQuestion
    let knownScenarios: [String: [String]]?

    private var name: String { "question '\(question.id)'" }

    func check(into report: inout QuizValidator.Report) {
        let lines = question.lines
        if !QuizValidator.isValidID(question.id) {
            report.add(lines.line(of: "id"), "\(name): id \(QuizValidator.idRule)")
        }
        if question.prompt.trimmingWhitespace.isEmpty {
            report.add(lines.line(of: "prompt"), "\(name) has an empty prompt; write the question")
        }
        if question.explanation.trimmingWhitespace.isEmpty {
            report.add(
                lines.line(of: "explanation"), "\(name) has an empty explanation; say why the key is right")
        }
        if question.points < 1 {
            report.add(
                lines.line(of: "points"), "\(name) is worth \(question.points) points; give it at least 1")
        }
        checkChoices(into: &report)
        switch question.form {
        case .single(let key):
            requireChoices(2, into: &report)
            checkKeyNamesChoices([key], into: &report)
        case .multiple(let key):
            requireChoices(2, into: &report)
            if key.isEmpty {
                report.add(lines.line(of: "key"), "\(name) has an empty key; list the right choice ids")
            }
            checkKeyNamesChoices(key, into: &report)
            checkNoRepeats(key, into: &report)
        case .ordering(let key):
            requireChoices(2, into: &report)
            checkPermutation(key, into: &report)
        case .numeric(let key, let tolerance):
            _ = key
            checkNoChoices(into: &report)
            checkTolerance(tolerance, into: &report)
        case .trace(let trace):
            checkTrace(trace, into: &report)
        }
    }

    private func checkChoices(into report: inout QuizValidator.Report) {
        if question.choices.count > 26 {
            report.add(
                question.lines.line(of: "choices"),
                "\(name) has \(question.choices.count) choices; letters only reach Z, so keep it to 26")
        }
        var idLines: [String: Int] = [:]
        var textLines: [String: Int] = [:]
        let letters = Set(question.choices.indices.prefix(26).map { PresentedQuestion.letter(at: $0) })
        for choice in question.choices {
            if let first = idLines[choice.id] {
                report.add(
                    choice.line,
                    "\(name): choice id '\(choice.id)' is used twice (first on line \(first)); ids must be unique"
                )
            } else {
                idLines[choice.id] = choice.line
            }
            if !QuizValidator.isValidID(choice.id) {
                report.add(choice.line, "\(name): choice id '\(choice.id)' \(QuizValidator.idRule)")
            } else if choice.id.allSatisfy({ letters.contains(String($0).uppercased()) }) {
                report.add(
                    choice.line,
                    "\(name): choice id '\(choice.id)' reads like a letter answer; use a word that names the choice"
                )
            }
            if let first = textLines[choice.text] {
                report.add(
                    choice.line,
                    "\(name): two choices read '\(choice.text)' (first on line \(first)); make them differ")
            } else {
                textLines[choice.text] = choice.line
            }
        }
    }

    private func requireChoices(_ minimum: Int, into report: inout QuizValidator.Report) {
        if question.choices.count < minimum {
            report.add(
                question.lines.line(of: "choices"),
                "\(name) needs at least \(minimum) choices, it has \(question.choices.count)")
        }
    }

    private func checkNoChoices(into report: inout QuizValidator.Report) {
        if !question.choices.isEmpty {
            report.add(
                question.lines.line(of: "choices"), "\(name) is answered with a number; remove its choices")
        }
    }

    private func checkTolerance(_ tolerance: Double, into report: inout QuizValidator.Report) {
        if tolerance < 0 {
            report.add(
                question.lines.line(of: "tolerance"),
                "\(name) has a negative tolerance \(NumberText.format(tolerance)); use 0 or more")
        }
    }

    private var choiceIDList: String { question.choices.map(\.id).joined(separator: ", ") }

    private func checkKeyNamesChoices(_ key: [String], into report: inout QuizValidator.Report) {
        for id in key where question.choice(id) == nil {
            report.add(
                question.lines.line(of: "key"),
                "\(name): key '\(id)' names no choice; choices are: \(choiceIDList)")
        }
    }

    private func checkNoRepeats(_ key: [String], into report: inout QuizValidator.Report) {
        var seen = Set<String>()
        for id in key where !seen.insert(id).inserted {
            report.add(
                question.lines.line(of: "key"), "\(name): key lists '\(id)' twice; list each choice once")
        }
    }

    private func checkPermutation(_ key: [String], into report: inout QuizValidator.Report) {
        checkKeyNamesChoices(key, into: &report)
        checkNoRepeats(key, into: &report)
        let missing = question.choices.map(\.id).filter { !key.contains($0) }
        if !missing.isEmpty {
            report.add(
                question.lines.line(of: "key"),
                "\(name): an ordering key must list every choice once; it leaves out \(missing.joined(separator: ", "))"
            )
        }
    }

    private func checkTrace(_ trace: TraceQuestion, into report: inout QuizValidator.Report) {
        let lines = question.lines
        let query = trace.query
        if let knownScenarios {
            if let boundaries = knownScenarios[query.scenarioID] {
                for boundary in query.settings.disabledBoundaries.sorted()
                where !boundaries.contains(boundary) {
                    report.add(
                        lines.line(of: "off"),
                        "\(name): scenario '\(query.scenarioID)' has no boundary '\(boundary)'; boundaries are: \(boundaries.joined(separator: ", "))"
                    )
                }
                if let boundary = query.boundary, !boundaries.contains(boundary) {
                    report.add(
                        lines.line(of: "boundary"),
                        "\(name): scenario '\(query.scenarioID)' has no boundary '\(boundary)'; boundaries are: \(boundaries.joined(separator: ", "))"
                    )
                }
            } else {
                report.add(
                    lines.line(of: "scenario"),
                    "\(name) runs scenario '\(query.scenarioID)', which does not exist; known scenarios: \(knownScenarios.keys.sorted().joined(separator: ", "))"
                )
            }
        }
        if query.boundary != nil, !query.fact.acceptsBoundary {
            let facts = TraceFact.allCases.filter(\.acceptsBoundary).map(\.rawValue).joined(
                separator: " and ")
            report.add(
                lines.line(of: "boundary"), "\(name): 'boundary' only applies to facts \(facts); remove it")
        }
        if query.load.requests == 1 {
            for key in ["rate", "arrivals"] where lines.keys[key] != nil {
                report.add(
                    lines.line(of: key),
                    "\(name): '\(key)' only matters with more than one request; add 'requests' or remove it")
            }
        }
        let kind = query.fact.valueKind
        switch trace.answer {
        case .choice:
            requireChoices(2, into: &report)
            checkChoiceValues(kind: kind, into: &report)
        case .numeric(let tolerance):
            checkNoChoices(into: &report)
            checkTolerance(tolerance, into: &report)
            if kind != .number {
                report.add(
                    lines.line(of: "fact"),
                    "\(name): fact \(query.fact.rawValue) is \(kind.rawValue), not a number; answer it with choices"
                )
            }
        case .ordering:
            requireChoices(2, into: &report)
            checkChoiceValues(kind: .text, into: &report)
            if kind != .list {
                report.add(
                    lines.line(of: "answer"),
                    "\(name): only a list fact (\(TraceFact.criticalPathServices.rawValue)) can be answered by ordering"
                )
            }
        }
    }

    private func checkChoiceValues(kind: TraceFactValue.Kind, into report: inout QuizValidator.Report) {
        var seen: [String: Int] = [:]
        for choice in question.choices {
            let value = TraceKeyMatcher.normalized(choice.comparedValue)
            if let first = seen[value] {
                report.add(
                    choice.line,
                    "\(name): two choices have the value '\(choice.comparedValue)' (first on line \(first)); the computed fact must match only one"
                )
            } else {
                seen[value] = choice.line
            }
            if kind == .number, Double(choice.comparedValue) == nil {
                report.add(
                    choice.line,
                    "\(name): choice '\(choice.id)' must have a number as its value (the fact is a number), not '\(choice.comparedValue)'"
                )
            }
        }
    }
}
