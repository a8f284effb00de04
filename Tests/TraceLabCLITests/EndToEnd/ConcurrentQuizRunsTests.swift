import Foundation
import Testing

/// Twenty auto-graded runs started together against one data directory: every one finishes
/// and every attempt is stored.
@Suite struct ConcurrentQuizRunsTests {
    @Test func twentySimultaneousRunsAreAllStored() throws {
        let binary = try BuiltBinary()
        let learners = (1...20).map { "student-\($0 < 10 ? "0" : "")\($0)" }
        let runs = try learners.enumerated().map { index, learner in
            try binary.process(
                ["quiz", "knowledge-check", "--answers", index.isMultiple(of: 2) ? "A,A,A" : "A,B,B"],
                learner: learner)
        }
        for run in runs { try run.process.run() }
        let results = try runs.map { try $0.finish() }

        for (index, result) in results.enumerated() {
            #expect(result.exitCode == (index.isMultiple(of: 2) ? 0 : 1), "run \(index): \(result.errors)")
            #expect(!result.looksLikeACrash)
        }
        let scores = try binary.run(["scores", "--format", "json"])
        #expect(scores.exitCode == 0)
        let stored = try TestApp.decodeJSON(ScoresMirror.self, from: scores)
        #expect(stored.attempts.count == 20)
        #expect(stored.attempts.map(\.learner).sorted() == learners)
        #expect(stored.attempts.allSatisfy { $0.status == "completed" && $0.answers.count == 3 })
        #expect(Set(stored.attempts.map(\.id)).count == 20)
        #expect(stored.attempts.filter { $0.passed == true }.count == 10)
    }
}
