import Foundation
import Testing
import TraceLabCLI
import TraceLabCore

/// Letters at the prompt mean what that learner was shown; letters in `--answers` always mean
/// the quiz file's order; `--shuffle` and `--no-shuffle` do what they say.
@Suite struct QuizOrderAtThePromptTests {
    static func quiz(_ id: String) throws -> Quiz {
        let url = RepositoryPaths.root.appendingPathComponent("quizzes/\(id).yaml")
        return try QuizLoader.load(text: String(contentsOf: url, encoding: .utf8), file: "\(id).yaml")
    }

    /// The right answers in the quiz file's order, as an `--answers` list.
    static func fileOrderKey(_ id: String) throws -> String {
        try fileOrderAnswers(id).map(\.answer).joined(separator: ",")
    }

    /// Each question's id with its right answer in the quiz file's letters, keys computed by
    /// running the named scenarios under each question's load.
    static func fileOrderAnswers(_ id: String) throws -> [(id: String, answer: String)] {
        let quiz = try quiz(id)
        let library = ContentLibrary(root: RepositoryPaths.root)
        let resolver = ScenarioTraceFactResolver(runScenarioWithOptions: { scenarioID, options in
            try ScenarioEngine(scenario: library.scenario(scenarioID)).run(options)
        })
        let resolved = try ResolvedQuiz(quiz, resolver: resolver)
        return QuizPresentation.unshuffled(quiz).questions.enumerated().map { index, presented in
            (
                presented.question.id,
                presented.lettered(resolved.keys[index].expectedAnswer).replacingOccurrences(
                    of: ", ", with: "")
            )
        }
    }

    @Test func lettersTypedAtThePromptMeanWhatWasShown() throws {
        let quiz = try Self.quiz("knowledge-check")
        let shown = QuizShuffler.presentation(of: quiz, learner: "ada", order: .choicesShuffled)
        #expect(shown != .unshuffled(quiz), "ada's order happens to be the file's; pick another learner")
        let resolved = try ResolvedQuiz(quiz, resolver: nil as ScenarioTraceFactResolver?)
        let letters = shown.questions.map { presented in
            presented.lettered(
                resolved.keys[quiz.questions.firstIndex(of: presented.question)!].expectedAnswer)
        }
        let app = try TestApp()
        let result = app.run(["quiz", "knowledge-check"], typing: letters.map { PromptAnswer.line($0) })
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.output.contains("Score: 3 of 3 (100%) — passed"))
        let firstQuestion = try #require(shown.questions.first)
        let firstChoice = try #require(firstQuestion.choices.first)
        #expect(result.output.contains("  A) \(firstChoice.text.prefix(30))"))
    }

    @Test(arguments: ["ada", "bob", "chen"])
    func answersListLettersFollowTheFileForEveryLearner(learner: String) throws {
        let app = try TestApp()
        let knowledge = app.run(["quiz", "knowledge-check", "--answers", "A,A,A", "--learner", learner])
        #expect(knowledge.exitCode == 0)
        #expect(knowledge.output.contains("3 of 3"))
        let key = try Self.fileOrderKey("tracing-fundamentals")
        let bank = app.run([
            "quiz", "tracing-fundamentals", "--answers", key, "--learner", learner, "--format", "json",
        ])
        #expect(bank.exitCode == 0, "\(bank.errors)")
        #expect(bank.output.contains("\"percent\" : 100") || bank.output.contains("\"percent\":100"))
    }

    @Test func shuffleTakesEffectWhenTheFileSaysNot() throws {
        let quiz = try Self.quiz("knowledge-check")
        let learner = try #require(
            (1...50).map { "learner-\($0)" }.first {
                QuizShuffler.presentation(of: quiz, learner: $0, order: .shuffled).questions.first?.question
                    .id
                    != quiz.questions.first?.id
            })
        let expected = QuizShuffler.presentation(of: quiz, learner: learner, order: .shuffled)
        let app = try TestApp()
        let result = app.run(
            ["quiz", "knowledge-check", "--shuffle", "--learner", learner], typing: [.interrupted])
        let firstPrompt = try #require(expected.questions.first?.question.prompt)
        #expect(result.output.contains(String(firstPrompt.prefix(30))))
    }

    @Test func noShuffleShowsTheFilesOrderOfAShuffledQuiz() throws {
        let quiz = try Self.quiz("tracing-fundamentals")
        #expect(quiz.shuffle)
        let app = try TestApp()
        let result = app.run(["quiz", "tracing-fundamentals", "--no-shuffle"], typing: [.interrupted])
        let first = try #require(quiz.questions.first)
        #expect(result.output.contains("Question 1 of \(quiz.questions.count)"))
        #expect(result.output.contains(String(first.prompt.prefix(30))))
        #expect(result.output.contains("  A) \(first.choices[0].text.prefix(30))"))
    }

    @Test func shuffleWithAnswersIsRefused() throws {
        let result = try TestApp().run(["quiz", "--answers", "A,A,A", "--shuffle"])
        #expect(result.exitCode == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("always follow the quiz file's order"))
    }
}
