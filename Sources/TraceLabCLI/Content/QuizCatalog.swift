import Foundation
import TraceLabCore

/// Finds quizzes by id and resolves their trace questions by running the named scenarios.
struct QuizCatalog {
    let library: ContentLibrary
    /// Asked while a trace question's scenario runs: at the prompt, Ctrl-C stops the quiz's
    /// preparation (``CLIError/stopped``).
    var cancellation: RunCancellation = .never

    /// The ids of the shipped quizzes (file names without `.yaml`).
    var quizIDs: [String] { library.quizFiles.map { $0.deletingPathExtension().lastPathComponent } }

    /// Loads quiz `id` (or a quiz file path) and resolves every trace question's key.
    func resolvedQuiz(_ reference: String) throws(CLIError) -> ResolvedQuiz {
        let url: URL
        if ContentLibrary.isPath(reference) {
            url = URL(fileURLWithPath: reference)
        } else {
            url = library.root.appendingPathComponent("quizzes/\(reference).yaml")
            guard library.exists(url) else {
                throw .usage(
                    "unknown quiz '\(TextSafety.clean(reference))'; choose one of: \(quizIDs.joined(separator: ", "))"
                )
            }
        }
        let text = try library.read(url, what: "quiz file")
        do {
            let quiz = try QuizLoader.load(text: text, file: library.displayName(url))
            return try ResolvedQuiz(quiz, resolver: resolver)
        } catch {
            if cancellation.isCancelled { throw .stopped }
            throw .data("\(error.description) (run 'tracelab check' for every problem)")
        }
    }

    /// Answers trace questions by running the library's scenarios; facts depend on timing and
    /// structure, never on ids, so each question's seed (1 unless it names one) and a fixed epoch
    /// are used.
    var resolver: ScenarioTraceFactResolver {
        let library = self.library
        let cancellation = self.cancellation
        return ScenarioTraceFactResolver(runScenarioWithOptions: { scenarioID, options in
            // A quiz names a shipped scenario by id, never a path (as 'tracelab check' requires).
            guard !ContentLibrary.isPath(scenarioID) else {
                throw CLIError.data(
                    "a trace question names scenario '\(scenarioID)', a path; name a scenario by its id (see 'tracelab scenarios')"
                )
            }
            let scenario = try library.scenario(scenarioID)
            try LabBench.checkServices(options.sampling.samplers.keys, in: scenario)
            return try ScenarioEngine(scenario: scenario).run(options, cancellation: cancellation)
        })
    }
}
