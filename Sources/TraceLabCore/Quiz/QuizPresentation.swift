/// A quiz in the order one learner sees it: questions and their choices, with letters given by
/// the shown order. Letters exist only here; answers are recorded by choice id.
public struct QuizPresentation: Hashable, Sendable {
    /// The quiz presented.
    public let quizID: String
    /// The questions in shown order.
    public let questions: [PresentedQuestion]

    /// Creates a presentation.
    public init(quizID: String, questions: [PresentedQuestion]) {
        self.quizID = quizID
        self.questions = questions
    }

    /// The quiz in file order, questions and choices alike (letters as the file lists the choices).
    public static func unshuffled(_ quiz: Quiz) -> QuizPresentation {
        QuizPresentation(
            quizID: quiz.id,
            questions: quiz.questions.enumerated().map { index, question in
                PresentedQuestion(number: index + 1, question: question, choices: question.choices)
            })
    }
}

/// One question as shown: its place and its choices in shown order.
public struct PresentedQuestion: Hashable, Sendable {
    /// The 1-based position the learner sees.
    public let number: Int
    /// The question.
    public let question: QuizQuestion
    /// The choices in shown order: the first is A.
    public let choices: [QuizChoice]

    /// Creates a presented question.
    public init(number: Int, question: QuizQuestion, choices: [QuizChoice]) {
        self.number = number
        self.question = question
        self.choices = choices
    }

    /// `A` for 0, `B` for 1, up to `Z`.
    public static func letter(at index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "A") + UInt8(clamping: min(max(index, 0), 25))))
    }

    /// The letter choice `id` has in this presentation.
    public func letter(of id: String) -> String? {
        choices.firstIndex { $0.id == id }.map(Self.letter(at:))
    }

    /// `A to C`: the range of letters this question accepts.
    public var letterRange: String {
        choices.isEmpty ? "none" : "A to \(Self.letter(at: choices.count - 1))"
    }

    /// The answer in this presentation's letters (`A, C`) or as a number, for showing back.
    public func lettered(_ answer: LearnerAnswer) -> String {
        switch answer {
        case .number: return answer.description
        case .choices(let ids):
            return ids.map { letter(of: $0) ?? $0 }.joined(
                separator: question.response == .ordering ? " " : ", ")
        }
    }
}
