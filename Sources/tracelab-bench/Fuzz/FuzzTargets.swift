import Foundation
import TraceLabCore
import TraceLabTerminal

/// One reader the fuzzer feeds: its name (the prefix of saved inputs), where its starting inputs
/// come from, and what reading an input means.
struct FuzzTarget: Sendable {
    let name: String
    let seeds: [String]
    let read: @Sendable (String) -> Void

    /// Every reader of untrusted text: both W3C headers, scenarios, quizzes, answers files and
    /// lessons (front matter, then each step's Markdown rendered).
    static func all(contentRoot: URL) -> [FuzzTarget] {
        let text = { (path: String) in
            (try? String(contentsOf: contentRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
        }
        let quizText = text("quizzes/knowledge-check.yaml")
        let quiz = try? QuizLoader.load(text: quizText, file: "knowledge-check.yaml")
        let style = TerminalStyle.plain(width: 60)
        return [
            FuzzTarget(
                name: "traceparent",
                seeds: ["00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "ff-0-0-0", "00--"],
                read: { value in
                    _ = try? TraceParent.parse(value)
                    _ = TraceContextExplanation(traceparent: value)
                }),
            FuzzTarget(
                name: "tracestate",
                seeds: ["congo=t61rcWkgMzE,rojo=00f067aa0ba902b7", "a@b=c", ",,,="],
                read: { value in
                    _ = TraceState.parse(headers: [value])
                    _ = TraceContextExplanation(
                        traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                        tracestate: value)
                }),
            FuzzTarget(
                name: "scenario", seeds: [text("lessons/checkout.yaml")],
                read: { value in _ = try? ScenarioLoader.load(text: value, file: "fuzz.yaml") }),
            FuzzTarget(
                name: "quiz", seeds: [quizText, text("quizzes/tracing-fundamentals.yaml")],
                read: { value in
                    _ = try? QuizLoader.load(text: value, file: "fuzz.yaml")
                    _ = QuizLoader.check(text: value, file: "fuzz.yaml")
                }),
            FuzzTarget(
                name: "answers",
                seeds: [
                    "what-a-trace-is: A\nwhy-propagation: inherit-context\nbeyond-correlation-ids: [A]\n",
                    "{\"what-a-trace-is\": \"A\", \"why-propagation\": 2}",
                ],
                read: { value in
                    guard let quiz else { return }
                    _ = try? AnswerSheet.file(text: value, file: "fuzz.yaml", quiz: quiz)
                }),
            FuzzTarget(
                name: "lesson", seeds: [text("lessons/distributed-tracing-fundamentals.md")],
                read: { value in
                    _ = LessonValidator.validate(
                        text: value, file: "fuzz.md", isKnownCommand: { _ in nil }, knownScenarios: [:],
                        knownQuizzes: [])
                    guard let lesson = try? LessonParser.parse(text: value, file: "fuzz.md") else { return }
                    let renderer = MarkdownTerminalRenderer(style: style)
                    for step in lesson.steps { _ = renderer.render(step.markdown) }
                }),
        ]
    }
}
