import Foundation
import Testing
import TraceLabStore

@Suite struct ConcurrentWriterTests {
    /// Each writer opens its own `TraceLabDatabase` (its own SQLite connections) on one fresh file;
    /// all are released together and every attempt must land, complete with its answers.
    @Test func twentyWritersOnSeparateConnectionsAllLand() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path
        let writerCount = 20
        let gate = StartGate(parties: writerCount)

        let ids = try await withThrowingTaskGroup(of: AttemptID.self) { group in
            for writer in 0..<writerCount {
                group.addTask {
                    try await onOwnThread {
                        gate.arriveAndWait()
                        let database = try TraceLabDatabase(dataDirectory: path)
                        let id = try database.startAttempt(
                            learner: "writer \(writer)", quizID: "checkout", quizVersion: "1",
                            quizTitle: "Checkout", mode: .exam, startedAt: Instant.at(Double(writer)))
                        try database.recordAnswer(attemptID: id, answer: Answers.right)
                        try database.recordAnswer(attemptID: id, answer: Answers.partly)
                        try database.completeAttempt(
                            id, score: 2.5, maxScore: 3, passed: true,
                            endedAt: Instant.at(Double(writer) + 60))
                        return id
                    }
                }
            }
            return try await group.reduce(into: [AttemptID]()) { $0.append($1) }
        }

        let stored = try directory.open().attempts()
        #expect(Set(ids).count == writerCount)
        #expect(Set(stored.map(\.id)) == Set(ids))
        #expect(Set(stored.map(\.learner)) == Set((0..<writerCount).map { "writer \($0)" }))
        #expect(
            stored.allSatisfy { $0.status == .completed && $0.answers == [Answers.right, Answers.partly] })
    }
}

/// Runs blocking work on a thread of its own, so twenty writers really run at once instead of
/// queueing behind the cooperative pool's few threads.
private func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.start()
    }
}

/// Holds every party until all have arrived.
private final class StartGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: Int

    init(parties: Int) {
        waiting = parties
    }

    func arriveAndWait() {
        condition.lock()
        waiting -= 1
        if waiting == 0 { condition.broadcast() }
        while waiting > 0 { condition.wait() }
        condition.unlock()
    }
}
