/// Reads one question entry of a quiz file, recording every problem it finds.
enum QuestionLoader {
    static let typeNames = ["single", "multiple", "ordering", "numeric", "trace"]
    private static let commonKeys = ["id", "type", "objective", "points", "prompt", "explanation"]
    private static let choiceKeys = ["choices", "shuffle-choices", "key"]
    private static let numericKeys = ["key", "tolerance", "unit"]
    private static let traceKeys = [
        "scenario", "propagation", "off", "fact", "boundary", "answer", "tolerance", "unit", "choices",
        "shuffle-choices", "requests", "rate", "arrivals", "seed", "sample", "sampler",
    ]

    /// The keys a question of type `type` may have (every key for an unknown type).
    static func allowedKeys(type: String?) -> [String] {
        switch type {
        case "single", "multiple", "ordering": commonKeys + choiceKeys
        case "numeric": commonKeys + numericKeys
        case "trace": commonKeys + traceKeys
        default: commonKeys + choiceKeys + traceKeys.filter { !choiceKeys.contains($0) }
        }
    }

    /// The question in `node`, the `number`-th of the file, or nil when it has a problem that
    /// leaves it unusable; problems go into `collector`.
    static func question(
        _ node: ContentNode, number: Int, file: String, into collector: inout ProblemCollector
    )
        -> QuizQuestion?
    {
        guard
            let first = collector.attempt({ () throws(ContentError) in
                try ContentReader(node, file: file, context: "question \(number)")
            })
        else { return nil }
        let id = collector.attempt { () throws(ContentError) in try first.string("id") }
        let context = id.map { "question '\($0)'" } ?? "question \(number)"
        guard
            let reader = collector.attempt({ () throws(ContentError) in
                try ContentReader(node, file: file, context: context)
            })
        else { return nil }
        let type = collector.attempt { () throws(ContentError) in try typeName(reader) }
        if type == "trace", reader.node("key") != nil {
            collector.add(
                reader.error(
                    at: "key",
                    "\(context) is a trace question: its key is computed from the scenario run; remove 'key'")
            )
            collector.problems += reader.unknownKeyProblems(allowedKeys(type: type) + ["key"])
        } else {
            collector.problems += reader.unknownKeyProblems(allowedKeys(type: type))
        }
        let objective = collector.attempt { () throws(ContentError) in try objectiveValue(reader) }
        let points = collector.attempt { () throws(ContentError) in
            try reader.optionalInt("points", in: 1...100)
        }
        let prompt = collector.attempt { () throws(ContentError) in try reader.string("prompt") }
        let explanation = collector.attempt { () throws(ContentError) in try reader.string("explanation") }
        let shuffleChoices = collector.attempt { () throws(ContentError) in
            try reader.optionalBool("shuffle-choices")
        }
        let unit = collector.attempt { () throws(ContentError) in try reader.optionalString("unit") }
        let choices = self.choices(reader, allowValue: type == "trace", into: &collector)
        let load = type == "trace" ? TraceRunLoadReader.load(reader, into: &collector) : TraceRunLoad()
        let form = type.flatMap { type in
            collector.attempt { () throws(ContentError) in
                try self.form(
                    type: type, reader: reader, hasChoices: !(choices ?? []).isEmpty,
                    load: load ?? TraceRunLoad())
            }
        }
        guard let id, let objective, let points, let prompt, let explanation, let shuffleChoices, let unit,
            let choices, load != nil, let form
        else { return nil }
        return QuizQuestion(
            id: id, prompt: String(prompt.trimmingWhitespace), objective: objective, points: points ?? 1,
            explanation: String(explanation.trimmingWhitespace), form: form, choices: choices,
            shuffleChoices: shuffleChoices ?? true, unit: unit.map { String($0.trimmingWhitespace) },
            lines: reader.keyLines)
    }

    private static func typeName(_ reader: ContentReader) throws(ContentError) -> String {
        let type = try reader.string("type")
        guard typeNames.contains(type) else {
            throw reader.error(
                at: "type",
                "unknown type '\(type)' in \(reader.context); expected one of: \(typeNames.joined(separator: ", "))"
            )
        }
        return type
    }

    private static func objectiveValue(_ reader: ContentReader) throws(ContentError) -> LearningObjective {
        let text = try reader.string("objective")
        guard let objective = LearningObjective(rawValue: text) else {
            let allowed = LearningObjective.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error(
                at: "objective",
                "unknown objective '\(text)' in \(reader.context); expected one of: \(allowed)")
        }
        return objective
    }

    /// The choices, or nil when any of them has a problem.
    private static func choices(
        _ reader: ContentReader, allowValue: Bool, into collector: inout ProblemCollector
    )
        -> [QuizChoice]?
    {
        guard let items = collector.attempt({ () throws(ContentError) in try reader.list("choices") }) else {
            return nil
        }
        var choices: [QuizChoice] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let context = "choice \(index + 1) of \(reader.context)"
            let choice = collector.attempt { () throws(ContentError) -> QuizChoice in
                let choiceReader = try ContentReader(item, file: reader.file, context: context)
                try choiceReader.rejectUnknownKeys(allowValue ? ["id", "text", "value"] : ["id", "text"])
                return QuizChoice(
                    id: String(try choiceReader.string("id").trimmingWhitespace),
                    text: String(try choiceReader.string("text").trimmingWhitespace),
                    value: try choiceReader.optionalString("value").map { String($0.trimmingWhitespace) },
                    line: item.line)
            }
            if let choice { choices.append(choice) } else { failed = true }
        }
        return failed ? nil : choices
    }

    private static func form(type: String, reader: ContentReader, hasChoices: Bool, load: TraceRunLoad)
        throws(ContentError) -> QuestionForm
    {
        switch type {
        case "single":
            return .single(key: String(try reader.string("key").trimmingWhitespace))
        case "multiple":
            return .multiple(key: try requiredTextList("key", reader))
        case "ordering":
            return .ordering(key: try requiredTextList("key", reader))
        case "numeric":
            guard let key = try reader.optionalDouble("key") else {
                throw ContentError(
                    file: reader.file, line: reader.line, message: "\(reader.context) needs 'key' (a number)")
            }
            return .numeric(key: key, tolerance: try reader.optionalDouble("tolerance") ?? 0)
        default:
            return .trace(try traceQuestion(reader, hasChoices: hasChoices, load: load))
        }
    }

    private static func requiredTextList(_ key: String, _ reader: ContentReader) throws(ContentError)
        -> [String]
    {
        guard let texts = try reader.optionalTextList(key) else {
            throw ContentError(
                file: reader.file, line: reader.line,
                message: "\(reader.context) needs '\(key)' (a list of choice ids)")
        }
        return texts
    }

    private static func traceQuestion(_ reader: ContentReader, hasChoices: Bool, load: TraceRunLoad)
        throws(ContentError) -> TraceQuestion
    {
        let scenario = String(try reader.string("scenario").trimmingWhitespace)
        var enabledByDefault = true
        if let propagation = try reader.optionalString("propagation") {
            switch propagation.lowercased() {
            case "on", "true": enabledByDefault = true
            case "off", "false": enabledByDefault = false
            default:
                throw reader.error(
                    at: "propagation",
                    "'propagation' in \(reader.context) must be on or off, not '\(propagation)'")
            }
        }
        let off = try reader.optionalTextList("off") ?? []
        let factText = try reader.string("fact")
        guard let fact = TraceFact(rawValue: factText) else {
            let allowed = TraceFact.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error(
                at: "fact", "unknown fact '\(factText)' in \(reader.context); expected one of: \(allowed)")
        }
        let boundary = try reader.optionalString("boundary").map { String($0.trimmingWhitespace) }
        let tolerance = try reader.optionalDouble("tolerance") ?? 0
        let answer: TraceAnswerForm
        switch try reader.optionalString("answer") {
        case nil: answer = hasChoices ? .choice : .numeric(tolerance: tolerance)
        case "choice": answer = .choice
        case "numeric": answer = .numeric(tolerance: tolerance)
        case "ordering": answer = .ordering
        case let other?:
            throw reader.error(
                at: "answer",
                "'answer' in \(reader.context) must be choice, numeric or ordering, not '\(other)'")
        }
        let settings = PropagationSettings(enabledByDefault: enabledByDefault, disabledBoundaries: Set(off))
        return TraceQuestion(
            query: TraceFactQuery(
                scenarioID: scenario, settings: settings, fact: fact, boundary: boundary,
                load: load, sampling: try sampling(reader)),
            answer: answer)
    }

    /// `sample: head:10%` and `sampler: [billing=head:50%]`: the run's sampling.
    private static func sampling(_ reader: ContentReader) throws(ContentError) -> SamplingSettings {
        var settings = SamplingSettings.keepAll
        if let text = try reader.optionalString("sample") {
            switch SamplingPolicy.parse(text) {
            case .success(let policy): settings.policy = policy
            case .failure(let error):
                throw reader.error(at: "sample", "'sample' in \(reader.context): \(error.message)")
            }
        }
        for entry in try reader.optionalTextList("sampler") ?? [] {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, Identifier.isValid(parts[0]),
                case .success(let policy) = SamplingPolicy.parse(parts[1])
            else {
                throw reader.error(
                    at: "sampler",
                    "'sampler' in \(reader.context) must list SERVICE=POLICY entries such as billing=head:50%, "
                        + "not \(ViolationText.quote(entry))")
            }
            if let problem = SamplingSettings.checkServicePolicy(policy, service: parts[0]) {
                throw reader.error(at: "sampler", problem.message)
            }
            settings.samplers[parts[0]] = policy
        }
        return settings
    }
}
