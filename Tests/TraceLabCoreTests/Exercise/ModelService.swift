import TraceLabCore

/// A service reduced to what it writes on its outgoing calls, for grading tests without HTTP:
/// `correct` follows every rule; the others change one thing.
struct ModelService: Sendable {
    var forward:
        @Sendable (_ incoming: [ExerciseHeader], _ callIndex: Int, _ ids: SeededIDSource) -> [ExerciseHeader]

    static let correct = ModelService { incoming, _, ids in
        let context =
            TraceContextHeaders.extract(
                traceparent: incoming.values(named: "traceparent"),
                tracestate: incoming.values(named: "tracestate"))
            ?? SpanContext(traceID: ids.nextTraceID(), spanID: ids.nextSpanID())
        var outgoing = context
        outgoing.spanID = ids.nextSpanID()
        return TraceContextHeaders.inject(outgoing).map { ExerciseHeader($0.name, $0.value) }
    }

    /// Passes the incoming trace-context headers on untouched.
    static let copiesHeaders = ModelService { incoming, _, _ in
        incoming.filter { ["traceparent", "tracestate"].contains($0.name.lowercased()) }
    }

    /// Runs `propagationCase` against the model and grades it.
    func run(_ propagationCase: PropagationCase, seed: UInt64 = 1) -> PropagationCaseResult {
        let ids = SeededIDSource(seed: seed)
        let outcomes = propagationCase.exchanges.map { exchange in
            ExchangeOutcome(
                reply: .status(200),
                calls: (0..<exchange.calls).map { ReceivedCall(headers: forward(exchange.headers, $0, ids)) })
        }
        return PropagationGrader.grade(propagationCase, outcomes: outcomes)
    }
}

extension PropagationExercise {
    /// The level-2 case of `rule`.
    static func `case`(_ rule: PropagationRule) -> PropagationCase {
        cases(level: 2).first { $0.rule == rule }!
    }
}
