/// A learner's answer to one question as it is recorded: choice ids or a number, never letters,
/// so it means the same thing whatever order the choices were shown in.
public enum LearnerAnswer: Hashable, Sendable, CustomStringConvertible {
    /// Choice ids. For an ordering question the order is the learner's order; otherwise it does not matter.
    case choices([String])
    /// A number, in the question's unit.
    case number(Double)

    /// `story`, `trace-id, timing`, `2800`.
    public var description: String {
        switch self {
        case .choices(let ids): ids.joined(separator: ", ")
        case .number(let value): NumberText.format(value)
        }
    }
}

/// Every answer of one submission, by question id.
public struct QuizAnswers: Hashable, Sendable {
    /// The answers, by question id; a question without an entry is unanswered.
    public var byQuestion: [String: LearnerAnswer]

    /// Creates a set of answers.
    public init(_ byQuestion: [String: LearnerAnswer] = [:]) {
        self.byQuestion = byQuestion
    }

    /// The answer to the question with id `questionID`.
    public subscript(questionID: String) -> LearnerAnswer? {
        get { byQuestion[questionID] }
        set { byQuestion[questionID] = newValue }
    }
}

/// A problem with what a learner typed or wrote in an answers file: where, which question, and what to do.
public struct AnswerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the answer was, such as `answers.yaml:4` or `answer 2 of the list`; nil for a typed answer.
    public var location: String?
    /// The question the answer was for, when known.
    public var questionID: String?
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an answer error.
    public init(location: String? = nil, questionID: String? = nil, message: String) {
        self.location = location
        self.questionID = questionID
        self.message = message
    }

    /// One line: `location: question 'id': message`, leaving out the parts that are unknown.
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location) }
        if let questionID { parts.append("question '\(questionID)'") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// Every problem found in a set of answers, each on its own line.
public struct AnswerSheetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order found.
    public var problems: [AnswerError]

    /// Creates the error.
    public init(problems: [AnswerError]) {
        self.problems = problems
    }

    /// One line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
