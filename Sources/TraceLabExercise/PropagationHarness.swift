import Foundation
import TraceLabCore

/// Runs the propagation exercise against a service: starts a callback server on loopback, sends
/// the service every case's requests following the W3C test harness's contract, collects what
/// reached the callback URLs and grades it.
public struct PropagationHarness: Sendable {
    /// How long one request to the service may take, its calls included.
    public var requestTimeout: Duration
    /// How long to keep waiting for calls still missing once the service has answered.
    public var lateCallGrace: Duration

    /// Creates a harness.
    public init(requestTimeout: Duration = .seconds(10), lateCallGrace: Duration = .milliseconds(500)) {
        self.requestTimeout = requestTimeout
        self.lateCallGrace = lateCallGrace
    }

    /// Runs every case of `level` against the service at `serviceURL`, in order, and grades them.
    /// Throws only when the callback server cannot start; an unreachable service is graded as
    /// errors, and once a request gets no answer the later ones are not sent.
    public func run(serviceURL: String, level: Int) async throws -> PropagationReport {
        let callbacks = try await CallbackServer.start()
        let driver = ServiceDriver(timeout: requestTimeout)
        var results: [PropagationCaseResult] = []
        var silent = false
        for propagationCase in PropagationExercise.cases(level: level) {
            var outcomes: [ExchangeOutcome] = []
            for (index, exchange) in propagationCase.exchanges.enumerated() {
                let tokens = (0..<exchange.calls).map {
                    "\(propagationCase.rule.rawValue)-\(index + 1)-\($0 + 1)"
                }
                let body = ContractCall.body(tokens.map { ContractCall(url: callbacks.url($0)) })
                let reply =
                    silent
                    ? .noResponse("not sent: the service did not answer an earlier request")
                    : await driver.post(serviceURL, headers: exchange.headers, body: body)
                if case .noResponse = reply { silent = true }
                let answered: Bool
                switch reply {
                case .status(200..<300): answered = true
                default: answered = false
                }
                let calls = await collect(
                    tokens, from: callbacks.inbox, waiting: answered ? lateCallGrace : .zero)
                outcomes.append(ExchangeOutcome(reply: reply, calls: calls))
            }
            results.append(PropagationGrader.grade(propagationCase, outcomes: outcomes))
        }
        await driver.shutdown()
        await callbacks.server.stop()
        return PropagationReport(level: level, results: results)
    }

    private func collect(_ tokens: [String], from inbox: CallbackInbox, waiting grace: Duration) async
        -> [ReceivedCall?]
    {
        let deadline = ContinuousClock.now + grace
        while true {
            var calls: [ReceivedCall?] = []
            for token in tokens { calls.append(await inbox.call(token)) }
            if !calls.contains(where: { $0 == nil }) || ContinuousClock.now >= deadline { return calls }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
