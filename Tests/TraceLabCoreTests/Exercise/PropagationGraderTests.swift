import Testing
import TraceLabCore

@Suite("propagation exercise grading")
struct PropagationGraderTests {
    @Test("level 1 checks ten rules and level 2 adds the random flag")
    func levels() {
        #expect(
            PropagationExercise.cases(level: 1).map(\.rule)
                == PropagationRule.allCases.filter { $0 != .randomFlagKept })
        #expect(PropagationExercise.cases(level: 2).map(\.rule) == PropagationRule.allCases)
    }

    @Test(
        "a service that follows the rules passes every level-1 case",
        arguments: PropagationRule.checked(atLevel: 1))
    func correctPasses(rule: PropagationRule) {
        let result = ModelService.correct.run(PropagationExercise.case(rule))
        #expect(result.verdict == .passed, "\(result.message ?? "")")
        #expect(result.message == nil)
    }

    @Test("copying the incoming headers breaks the parent-id, restart, version and tracestate-validity rules")
    func copyingHeaders() {
        let failed = Set(
            PropagationExercise.cases(level: 1).map { ModelService.copiesHeaders.run($0) }
                .filter { $0.verdict == .failed }.map(\.rule))
        #expect(
            failed == [
                .continueTrace, .newParentPerCall, .malformedTracestateKeepsTrace, .noTraceparentStartsTrace,
                .invalidTraceparentStartsTrace, .twoTraceparentsStartTrace, .higherVersionRead,
            ])
    }

    @Test("reusing the incoming parent id is named with the id")
    func reusedParent() throws {
        let result = ModelService.copiesHeaders.run(PropagationExercise.case(.continueTrace))
        #expect(result.verdict == .failed)
        let message = try #require(result.message)
        #expect(message.hasPrefix("call 1 reused the incoming parent id \(PropagationExercise.parentID)"))
        #expect(message.contains(PropagationRule.continueTrace.explanation))
        #expect(result.exchange?.label == "sampled (flags 01)")
    }

    @Test("one parent id for all calls of a request fails only the per-call rule")
    func sharedParent() {
        let shared = ModelService { incoming, _, _ in
            var headers = ModelService.correct.forward(incoming, 0, SeededIDSource(seed: 9))
            headers.removeAll { $0.name == "tracestate" }
            return headers + incoming.filter { $0.name.lowercased() == "tracestate" }
        }
        let result = shared.run(PropagationExercise.case(.newParentPerCall))
        #expect(result.verdict == .failed)
        #expect(result.problem?.hasPrefix("calls 1 and 2 both carried parent id") == true)
        #expect(shared.run(PropagationExercise.case(.continueTrace)).verdict == .passed)
    }

    @Test("a call that never arrives or an error status is a contract error, not a rule failure")
    func contractErrors() {
        let propagationCase = PropagationExercise.case(.continueTrace)
        let missing = PropagationGrader.grade(
            propagationCase,
            outcomes: propagationCase.exchanges.map { _ in ExchangeOutcome(reply: .status(200), calls: [nil])
            })
        #expect(missing.verdict == .error)
        #expect(missing.problem?.contains("never called callback URL 1 of 1") == true)
        let failing = PropagationGrader.grade(
            propagationCase,
            outcomes: propagationCase.exchanges.map { _ in ExchangeOutcome(reply: .status(500), calls: [nil])
            })
        #expect(
            failing.problem
                == "the service answered HTTP 500; it should answer 200 once its calls have returned")
        let silent = PropagationGrader.grade(
            propagationCase,
            outcomes: propagationCase.exchanges.map { _ in
                ExchangeOutcome(reply: .noResponse("connection refused"), calls: [nil])
            })
        #expect(silent.problem == "the service did not answer (connection refused)")
    }

    @Test("a service may put its own tracestate member first, dropping the last of 32")
    func ownTracestateMember() {
        let vendor = ModelService { incoming, index, ids in
            var headers = ModelService.correct.forward(incoming, index, ids)
            if let position = headers.firstIndex(where: { $0.name == "tracestate" }) {
                let members = headers[position].value.split(separator: ",").prefix(31)
                headers[position].value = (["mine=1"] + members).joined(separator: ",")
            }
            return headers
        }
        #expect(vendor.run(PropagationExercise.case(.forwardTracestate)).verdict == .passed)
    }

    @Test("reordered or dropped tracestate members fail with the members named")
    func tracestateChanged() {
        let reversed = ModelService { incoming, index, ids in
            ModelService.correct.forward(incoming, index, ids).map { header in
                header.name == "tracestate"
                    ? ExerciseHeader(
                        "tracestate", header.value.split(separator: ",").reversed().joined(separator: ","))
                    : header
            }
        }
        let result = reversed.run(PropagationExercise.case(.forwardTracestate))
        #expect(result.verdict == .failed)
        #expect(result.problem?.contains("changed the members' order or values") == true)
        let dropped = ModelService { incoming, index, ids in
            ModelService.correct.forward(incoming, index, ids).filter { $0.name != "tracestate" }
        }
        #expect(
            dropped.run(PropagationExercise.case(.forwardTracestate)).problem
                == "call 1 carried no tracestate; forward the one that arrived")
    }

    @Test("the same new trace id for two requests without traceparent fails")
    func freshTraceIDs() {
        let fixed = ModelService { incoming, index, _ in
            ModelService.correct.forward(incoming, index, SeededIDSource(seed: 3))
        }
        let result = fixed.run(PropagationExercise.case(.noTraceparentStartsTrace))
        #expect(result.verdict == .failed)
        #expect(result.problem?.hasPrefix("requests 1 and 2 both started trace") == true)
    }

    @Test("two traceparent headers on a call are named")
    func twoForwarded() {
        let doubled = ModelService { incoming, index, ids in
            let headers = ModelService.correct.forward(incoming, index, ids)
            return headers + headers.filter { $0.name == "traceparent" }
        }
        #expect(
            doubled.run(PropagationExercise.case(.continueTrace)).problem
                == "call 1 carried 2 traceparent headers; send exactly one")
    }

    @Test("the random flag must go on as it arrived at level 2")
    func randomFlag() {
        #expect(ModelService.correct.run(PropagationExercise.case(.randomFlagKept)).verdict == .failed)
        let keeps = ModelService { incoming, index, ids in
            var headers = ModelService.correct.forward(incoming, index, ids)
            let sent = incoming.values(named: "traceparent")[0]
            headers[0].value = String(headers[0].value.dropLast(2)) + sent.suffix(2)
            return headers
        }
        #expect(keeps.run(PropagationExercise.case(.randomFlagKept)).verdict == .passed)
    }
}
