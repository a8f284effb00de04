import Testing
import TraceLabCore

@Suite("Parsing typed answers")
struct AnswerParserTests {
    static func presented(_ id: String) throws -> PresentedQuestion {
        let quiz = try QuizTestSupport.quiz(yaml: QuizGraderTests.yaml)
        return try #require(QuizPresentation.unshuffled(quiz).questions.first { $0.question.id == id })
    }

    @Test(
        "choice answers take letters in any case and layout, or choice ids",
        arguments: [
            ("single", "A", ["right"]), ("single", " b ", ["wrong"]), ("single", "right", ["right"]),
            ("multiple", "a,c", ["one", "three"]), ("multiple", "AC", ["one", "three"]),
            ("multiple", "a c", ["one", "three"]), ("multiple", "A+D", ["one", "four"]),
            ("multiple", "two, four", ["two", "four"]), ("multiple", "B", ["two"]),
            ("ordering", "C,A,B,D", ["provider", "gateway", "billing", "enrollment"]),
            ("ordering", "cabd", ["provider", "gateway", "billing", "enrollment"]),
            ("ordering", "3 1 2 4", ["provider", "gateway", "billing", "enrollment"]),
            (
                "ordering", "enrollment gateway billing provider",
                ["enrollment", "gateway", "billing", "provider"]
            ),
        ])
    func choices(_ questionID: String, _ typed: String, _ ids: [String]) throws {
        #expect(try AnswerParser.parse(typed, for: Self.presented(questionID)) == .choices(ids))
    }

    @Test(
        "numbers take a plain value, the question's unit, or a duration",
        arguments: [
            ("2800", 2800.0), ("2800 ms", 2800), ("2800MS", 2800), ("2.8s", 2800), ("2812.5", 2812.5),
        ])
    func numbers(_ typed: String, _ value: Double) throws {
        #expect(try AnswerParser.parse(typed, for: Self.presented("numeric")) == .number(value))
    }

    @Test(
        "each bad answer gets a one-line message that says what to type",
        arguments: [
            ("single", "", "no answer given; answer with one letter, A to B"),
            ("single", "C", "there is no choice C; this question has A to B"),
            ("single", "AB", "pick exactly one choice (A to B), not 2"),
            ("single", "1", "no choice shows the number 1; answer with one letter, A to B"),
            ("multiple", "A,A", "choice A is given twice; give each choice once"),
            ("multiple", "a,e", "there is no choice E; this question has A to D"),
            (
                "multiple", "one?",
                "'one?' is not a choice; answer with one or more letters (A to D), such as A,C"
            ),
            ("ordering", "C,A,B", "put every choice in order; missing D"),
            ("ordering", "3 1 2 5", "there is no choice number 5; use 1 to 4 or A to D"),
            ("ordering", "CABC", "choice C is given twice; give each choice once"),
            ("numeric", "soon", "'soon' is not a number; answer with a number in ms, such as 2800"),
            ("numeric", "2800 kg", "'2800 kg' is not a number; answer with a number in ms, such as 2800"),
        ])
    func errors(_ questionID: String, _ typed: String, _ message: String) throws {
        let question = try Self.presented(questionID)
        #expect(throws: AnswerError(questionID: questionID, message: message)) {
            try AnswerParser.parse(typed, for: question)
        }
    }

    @Test("letters follow the presentation the learner saw, and the record holds choice ids")
    func lettersFollowPresentation() throws {
        let question = try Self.presented("multiple")
        let reversed = PresentedQuestion(
            number: 1, question: question.question, choices: question.choices.reversed())
        #expect(try AnswerParser.parse("A", for: reversed) == .choices(["four"]))
        #expect(reversed.letter(of: "four") == "A")
        #expect(reversed.lettered(.choices(["four", "one"])) == "A, D")
    }
}
