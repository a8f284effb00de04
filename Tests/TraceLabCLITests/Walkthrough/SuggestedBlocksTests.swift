import Foundation
import Testing
import TraceLabCore

/// Each suggested block shows each thing once: `run` already prints the tree, so no block runs
/// the checkout and then asks for the same tree again.
@Suite struct SuggestedBlocksTests {
    @Test func noBlockPrintsTheSameTreeTwice() throws {
        let url = RepositoryPaths.root.appendingPathComponent("lessons/distributed-tracing-fundamentals.md")
        let lesson = try LessonParser.parse(text: String(contentsOf: url, encoding: .utf8), file: "lesson.md")
        for step in lesson.steps {
            for part in step.parts {
                guard case .commands(let commands) = part else { continue }
                let words = commands.map { $0.text.split(separator: " ").first.map(String.init) ?? "" }
                if let run = words.firstIndex(of: "run") {
                    #expect(!words[run...].contains("trace"), "step \(step.id) prints the tree twice")
                }
            }
        }
    }
}
