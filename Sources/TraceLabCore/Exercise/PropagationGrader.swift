/// Judges what a service did with the exercise's requests: first whether it kept the contract
/// (answered, made every call), then whether the calls it made follow the case's rule.
public enum PropagationGrader {
    /// The result of `propagationCase`, given one outcome per exchange, in order.
    public static func grade(_ propagationCase: PropagationCase, outcomes: [ExchangeOutcome])
        -> PropagationCaseResult
    {
        let rule = propagationCase.rule
        let pairs = Array(zip(propagationCase.exchanges, outcomes))
        for (exchange, outcome) in pairs {
            if let problem = contractProblem(exchange, outcome) {
                return PropagationCaseResult(
                    rule: rule, verdict: .error, problem: problem, exchange: exchange, received: outcome.calls
                )
            }
        }
        var startedTraces: [TraceID: Int] = [:]
        for (index, (exchange, outcome)) in pairs.enumerated() {
            let calls = outcome.calls.enumerated().map {
                ForwardedContext(call: $0.offset + 1, received: $0.element!)
            }
            do throws(RuleProblem) {
                let parents = try RuleChecks.check(rule, exchange: exchange, calls: calls)
                if rule == .noTraceparentStartsTrace, let first = parents.first {
                    if let earlier = startedTraces[first.traceID] {
                        throw RuleProblem(
                            "requests \(earlier + 1) and \(index + 1) both started trace \(first.traceID.hex); "
                                + "every new trace needs a fresh random trace id")
                    }
                    startedTraces[first.traceID] = index
                }
            } catch {
                return PropagationCaseResult(
                    rule: rule, verdict: .failed, problem: error.text, exchange: exchange,
                    received: outcome.calls)
            }
        }
        return PropagationCaseResult(rule: rule, verdict: .passed)
    }

    private static func contractProblem(_ exchange: ExerciseExchange, _ outcome: ExchangeOutcome) -> String? {
        switch outcome.reply {
        case .noResponse(let reason):
            return "the service did not answer (\(reason))"
        case .status(let code) where !(200..<300).contains(code):
            return "the service answered HTTP \(code); it should answer 200 once its calls have returned"
        case .status:
            break
        }
        if let missing = outcome.calls.firstIndex(where: { $0 == nil }) {
            return
                "the service never called callback URL \(missing + 1) of \(exchange.calls); the contract asks "
                + "for one POST per element of the JSON array, in order"
        }
        if outcome.calls.count != exchange.calls {
            return "the harness expected \(exchange.calls) calls and saw \(outcome.calls.count)"
        }
        return nil
    }
}
