import Testing
import TraceLabCore

/// A number typed at a question whose choices are labelled with numbers picks that choice.
@Suite("Numbers for numbered choices")
struct NumberLabelTests {
    static let yaml = """
        id: counts
        title: Counting traces
        pass-mark: 1
        questions:
          - id: fragments
            type: single
            objective: trace-and-spans
            prompt: How many traces?
            choices:
              - id: one
                text: "1 trace"
              - id: six
                text: "6 traces"
              - id: two
                text: "2"
            key: six
            explanation: Five crossings plus the gateway's own.
        """

    static func question() throws -> PresentedQuestion {
        let quiz = try QuizTestSupport.quiz(yaml: yaml)
        return try #require(QuizPresentation.unshuffled(quiz).questions.first)
    }

    @Test(arguments: [("6", "six"), ("1", "one"), ("2", "two"), ("B", "six")])
    func aNumberPicksTheChoiceLabelledWithIt(typed: String, id: String) throws {
        #expect(try AnswerParser.parse(typed, for: Self.question()) == .choices([id]))
    }

    @Test func aNumberNoChoiceShowsIsExplained() throws {
        let question = try Self.question()
        #expect(
            throws: AnswerError(
                questionID: "fragments",
                message:
                    "no choice shows the number 7; answer with one letter, A to C, or the number a choice shows"
            )
        ) {
            try AnswerParser.parse("7", for: question)
        }
    }
}
