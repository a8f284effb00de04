import Foundation
import TraceLabCore
import TraceLabTerminal

extension Benchmarks {
    /// Rendering a waterfall of one 10,000-span trace at 120 columns, with colour.
    func waterfallRendering() {
        let spans = SyntheticTrace.spans(count: 10_000)
        let run = LabRun(
            scenarioID: "synthetic", spans: spans, crossings: [], requestSpanID: SpanID(1), epochNanos: 0)
        let analysis = LabAnalysis(run: run)
        let renderer = WaterfallRenderer(style: TerminalStyle(colorEnabled: true, width: 120))
        var lines = 0
        let seconds = Stopwatch.best(rounds: 3) {
            lines = renderer.render(analysis).utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        }
        report(
            "waterfall rendering", "\(Stopwatch.ms(seconds)) for 10,000 spans (\(lines) lines, 120 columns)",
            target: "≤ 100 ms", met: seconds <= 0.1)
    }

    /// Grading 10,000 submissions of the 20-question bank.
    func quizGrading() {
        let url = contentRoot.appendingPathComponent("quizzes/tracing-fundamentals.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let quiz = try? QuizLoader.load(text: text, file: "tracing-fundamentals.yaml")
        else {
            FileHandle.standardError.write(Data("tracelab-bench: cannot load \(url.path)\n".utf8))
            exit(66)
        }
        let scenarios = [loadCheckout(), loadBusyCheckout()]
        let resolver = ScenarioTraceFactResolver(runScenarioWithOptions: { scenarioID, options in
            guard let scenario = scenarios.first(where: { $0.id == scenarioID }) else {
                throw TraceFactError("the benchmark has no scenario '\(scenarioID)'")
            }
            return try ScenarioEngine(scenario: scenario).run(options)
        })
        guard let resolved = try? ResolvedQuiz(quiz, resolver: resolver) else {
            FileHandle.standardError.write(
                Data("tracelab-bench: the quiz's trace keys do not resolve\n".utf8))
            exit(65)
        }
        var generator = SplitMix64(seed: 7)
        let submissions: [QuizAnswers] = (0..<10_000).map { _ in
            var answers = QuizAnswers()
            for (question, key) in zip(quiz.questions, resolved.keys) {
                if generator.next() % 3 == 0, let choice = question.choices.first {
                    answers[question.id] = .choices([choice.id])
                } else {
                    answers[question.id] = key.expectedAnswer
                }
            }
            return answers
        }
        var passed = 0
        let seconds = Stopwatch.best(rounds: 3) {
            passed = submissions.reduce(0) { $0 + (QuizGrader.grade(resolved, answers: $1).passed ? 1 : 0) }
        }
        let rate = Double(submissions.count) / seconds
        report(
            "quiz grading",
            "\(Int(rate)) submissions/s (10,000 × \(quiz.questions.count) questions, \(passed) passed)",
            target: "≥ 10,000/s", met: rate >= 10_000)
    }

    /// The busy checkout the bank's load questions run.
    func loadBusyCheckout() -> Scenario {
        let url = contentRoot.appendingPathComponent("lessons/busy-checkout.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let scenario = try? ScenarioLoader.load(text: text, file: "busy-checkout.yaml")
        else {
            FileHandle.standardError.write(Data("tracelab-bench: cannot load \(url.path)\n".utf8))
            exit(66)
        }
        return scenario
    }
}
