import Testing
import TraceLabCore

@Suite("Answer sheets")
struct AnswerSheetTests {
    static func quiz() throws -> Quiz { try QuizTestSupport.quiz(yaml: QuizGraderTests.yaml) }

    @Test("a positional list gives one answer per question in presented order")
    func positional() throws {
        let quiz = try Self.quiz()
        let answers = try AnswerSheet.positional("A, AB, 1 2 3 4, 2800", presentation: .unshuffled(quiz))
        #expect(answers["single"] == .choices(["right"]))
        #expect(answers["multiple"] == .choices(["one", "two"]))
        #expect(answers["ordering"] == .choices(["gateway", "billing", "provider", "enrollment"]))
        #expect(answers["numeric"] == .number(2800))
        #expect(QuizGrader.grade(try ResolvedQuiz(quiz), answers: answers).score == 10)
    }

    @Test("a positional list reports every problem with its position, and which answers are missing")
    func positionalErrors() throws {
        let presentation = QuizPresentation.unshuffled(try Self.quiz())
        #expect {
            try AnswerSheet.positional("Z,,", presentation: presentation)
        } throws: { error in
            (error as? AnswerSheetError)?.problems.map(\.description) == [
                "answer 1 of the list: question 'single': there is no choice Z; this question has A to B",
                "answer list: missing answers for question 2 (multiple), 3 (ordering), 4 (numeric); give one per question",
            ]
        }
        #expect {
            try AnswerSheet.positional("A,A,ABCD,1,2", presentation: presentation)
        } throws: { error in
            (error as? AnswerSheetError)?.problems.map(\.description) == [
                "answer list: 5 answers given but the quiz has 4 questions; give one per question, separated by commas"
            ]
        }
    }

    @Test("an answers file maps question ids to answers; letters follow file order; ids and lists work")
    func yamlFile() throws {
        let quiz = try Self.quiz()
        let text = """
            single: right
            multiple: [A, two]
            ordering: D C B A
            numeric: 2.8s
            """
        let answers = try AnswerSheet.file(text: text, file: "answers.yaml", quiz: quiz)
        #expect(answers["single"] == .choices(["right"]))
        #expect(answers["multiple"] == .choices(["one", "two"]))
        #expect(answers["ordering"] == .choices(["enrollment", "provider", "billing", "gateway"]))
        #expect(answers["numeric"] == .number(2800))
    }

    @Test("JSON answers files work too")
    func jsonFile() throws {
        let text = #"{"single": "B", "multiple": ["one", "four"], "ordering": "ABCD", "numeric": 2790}"#
        let answers = try AnswerSheet.file(text: text, file: "answers.json", quiz: try Self.quiz())
        #expect(answers["single"] == .choices(["wrong"]))
        #expect(answers["multiple"] == .choices(["one", "four"]))
        #expect(answers["numeric"] == .number(2790))
    }

    @Test("every problem in an answers file is reported with its line")
    func fileErrors() throws {
        let text = """
            single: C
            multipel: A
            ordering: [A, {b: c}]
            """
        #expect {
            try AnswerSheet.file(text: text, file: "answers.yaml", quiz: try Self.quiz())
        } throws: { error in
            (error as? AnswerSheetError)?.description == """
                answers.yaml:1: question 'single': there is no choice C; this question has A to B
                answers.yaml:2: unknown question id 'multipel'; the quiz's questions are: single, multiple, ordering, numeric
                answers.yaml:3: question 'ordering': each item of the list must be a letter or a choice id, not a mapping of keys
                answers.yaml:1: missing answers for multiple, numeric; add one line per question
                """
        }
    }

    @Test(
        "malformed answers files are refused in one line",
        arguments: [
            ("single: [A", "answers.yaml:1: cannot be read as YAML or JSON: is not valid YAML"),
            (
                "- A\n- B\n",
                "answers.yaml:1: must map question ids to answers (such as `what-is-a-trace: A`), not a list"
            ),
            ("numeric: [1, 2]\n", "answers.yaml:1: question 'numeric': expects one number, not a list"),
        ])
    func malformed(_ text: String, _ start: String) throws {
        let quiz = try Self.quiz()
        #expect {
            try AnswerSheet.file(text: text, file: "answers.yaml", quiz: quiz)
        } throws: { error in
            (error as? AnswerSheetError)?.problems.first?.description.hasPrefix(start) == true
        }
    }
}
