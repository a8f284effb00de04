import Foundation
import TraceLabCore

/// What the tests tell the validator exists, standing in for the CLI's real answers.
enum LessonTestSupport {
    static let checkoutBoundaries = [
        "gateway:billing", "billing:payment-provider", "gateway:enrollment", "enrollment:notification-worker",
    ]
    static let knownScenarios = ["checkout": checkoutBoundaries, "busy-checkout": checkoutBoundaries]
    static let knownQuizzes: Set<String> = ["knowledge-check"]

    /// The REPL's command words; the CLI answers with its real command parser instead.
    static let replVerbs: Set<String> = [
        "run", "trace", "waterfall", "critical", "headers", "span", "boundaries", "propagation", "reset",
        "scenarios", "traceparent", "quiz", "next", "back", "goto", "steps", "help", "quit",
        "traces", "metrics", "logs", "live", "collect", "sampling", "sampler",
    ]

    static func isKnownCommand(_ command: String) -> String? {
        let verb = command.split(separator: " ").first.map(String.init) ?? ""
        return replVerbs.contains(verb) ? nil : "unknown command '\(verb)'; type 'help' for the list"
    }

    static func validate(_ text: String, file: String = "lesson.md") -> [ContentError] {
        LessonValidator.validate(
            text: text, file: file, isKnownCommand: isKnownCommand, knownScenarios: knownScenarios,
            knownQuizzes: knownQuizzes)
    }

    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ name: String) throws -> String {
        try String(
            contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/lessons/\(name)"),
            encoding: .utf8)
    }
}
