import Testing

@testable import TraceLabCore

@Suite("Traces numbered by the simulator, and grouping that uses the numbers")
struct TraceNumberingTests {
    /// Runs that start traces in every way: one request, many, context lost at one boundary
    /// and everywhere, head and tail sampling.
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        case oneRequest, busy, lostAtBilling, allOff, head, tail, tailWithHead

        var testDescription: String { rawValue }

        func run() throws -> LabRun {
            let scenario = self == .busy ? try EngineFixture.busyCheckout() : try CheckoutFixture.scenario()
            var options = RunOptions(
                seed: 5, epochNanos: CheckoutFixture.epoch, requests: self == .oneRequest ? 1 : 300,
                ratePerSecond: self == .busy ? 6 : 40)
            switch self {
            case .lostAtBilling:
                options.propagation = PropagationSettings(disabledBoundaries: ["gateway:billing"])
            case .allOff: options.propagation = .allOff
            case .head: options.sampling = SamplingSettings(policy: .head(ratio: 0.2))
            case .tail:
                options.sampling = SamplingSettings(policy: try SamplingPolicy.parse("tail:rest=30%").get())
            case .tailWithHead:
                options.sampling = SamplingSettings(
                    policy: try SamplingPolicy.parse("tail:slow=3s,rest=20%").get(),
                    samplers: ["billing": .head(ratio: 0.5)])
            default: break
            }
            return try ScenarioEngine(scenario: scenario).run(options)
        }

        /// The same run with only its services' own head decisions: the spans it leaves out are
        /// the ones that never reached a tail collector.
        func headOnly() throws -> LabRun {
            var options = RunOptions(
                seed: 5, epochNanos: CheckoutFixture.epoch, requests: 300, ratePerSecond: 40)
            options.sampling = SamplingSettings(policy: .all, samplers: try run().sampling.samplers)
            return try ScenarioEngine(scenario: CheckoutFixture.scenario()).run(options)
        }
    }

    /// Each span's trace, numbered by first appearance, found by looking every id up.
    static func byLookup(_ spans: [RecordedSpan]) -> [Int32] {
        var numbers: [TraceID: Int32] = [:]
        return spans.map { span in
            if let known = numbers[span.traceID] { return known }
            numbers[span.traceID] = Int32(numbers.count)
            return Int32(numbers.count - 1)
        }
    }

    @Test("the simulator numbers each span's trace as looking its id up would", arguments: Case.allCases)
    func simulatorNumbers(_ kind: Case) throws {
        let run = try kind.run()
        #expect(run.spanTraces == Self.byLookup(run.spans))
        // The ids it noted as the traces started are the ids of each number's spans.
        #expect(run.traceIDsByNumber == TraceNumbering(run.spans).traceIDs)
        #expect(
            run.spans.indices.allSatisfy {
                run.traceIDsByNumber[Int(run.spanTraces[$0])] == run.spans[$0].traceID
            })
        let traces = Set(run.spans.map(\.traceID)).count
        #expect(Int(run.spanTraces.max() ?? -1) + 1 == traces)
        if kind == .lostAtBilling || kind == .allOff { #expect(traces > run.requests.count) }
    }

    @Test(
        "assembly, the tail collector and the sampling report give the same with the numbers as without",
        arguments: Case.allCases)
    func sameWithoutNumbers(_ kind: Case) throws {
        let run = try kind.run()
        var unnumbered = run
        unnumbered.spanTraces = []
        #expect(TraceAssembly.assemble(run) == TraceAssembly.assemble(run.spans))
        #expect(LabAnalysis(run: run).traces == LabAnalysis(run: unnumbered).traces)
        #expect(
            SamplingReport(run: run, ratePerSecond: 40) == SamplingReport(run: unnumbered, ratePerSecond: 40))
        let tail = TailSampler(rules: SamplingPolicy.TailRules(errors: true, rest: 0.1))
        let head = SpanIDSet(run.spans.prefix(40).map(\.spanID))
        let reached = run.spans.map { !head.contains($0.spanID) }
        let decision = tail.decide(run, reached: reached)
        let outcome = tail.decide(run.spans, alreadyDropped: head)
        #expect(SpanIDSet(decision.droppedIDs) == outcome.droppedSpanIDs)
        #expect(decision.buffering == outcome.buffering)
    }

    @Test(
        "the simulator's kept flags say of every span what the dropped set says, and the report agrees without them",
        arguments: Case.allCases)
    func keptFlagsAgree(_ kind: Case) throws {
        let run = try kind.run()
        if run.sampling == .keepAll {
            #expect(run.spanKept.isEmpty)
        } else {
            #expect(run.spanKept == run.spans.map(run.isKept))
            #expect(run.spanKept.contains(true) && run.spanKept.contains(false))
        }
        // The collector totals the traces for the report only when every span reached it.
        #expect(run.traceTallies.isEmpty == (kind != .tail))
        var unflagged = run
        unflagged.sampledOutSpanIDs = run.sampledOutSpanIDs
        #expect(unflagged.spanKept.isEmpty && unflagged.traceTallies.isEmpty)
        var unsized = run
        unsized.spanBytes = []
        #expect(unsized.traceTallies.isEmpty)
        #expect(
            SamplingReport(run: run, ratePerSecond: 40) == SamplingReport(run: unsized, ratePerSecond: 40))
        #expect(
            SamplingReport(run: run, ratePerSecond: 40) == SamplingReport(run: unflagged, ratePerSecond: 40))
    }

    @Test(
        "changing a run's spans forgets its numbers, sizes and totals, so nothing groups by stale ones",
        arguments: [Case.head, .tail])
    func changedSpansForgetNumbers(_ kind: Case) throws {
        let run = try kind.run()
        #expect(!run.spanTraces.isEmpty && !run.spanBytes.isEmpty)
        var swapped = run
        swapped.spans.swapAt(0, swapped.spans.count - 1)
        var failed = run
        failed.spans[0].status = .error(String(repeating: "changed after the run; ", count: 20))
        var replaced = run
        replaced.spans = Array(run.spans.reversed())
        for changed in [
            swapped, failed, replaced, run.keptOnly(), run.request(2), run.trace(run.spans[0].traceID),
        ] {
            #expect(changed.spanTraces.isEmpty && changed.spanBytes.isEmpty && changed.spanKept.isEmpty)
            #expect(changed.traceTallies.isEmpty && changed.traceIDsByNumber.isEmpty)
            #expect(TraceAssembly.assemble(changed) == TraceAssembly.assemble(changed.spans))
        }
        // The report measures the changed span again: its new status costs bytes.
        let before = SamplingReport(run: run, ratePerSecond: 40)
        let after = SamplingReport(run: failed, ratePerSecond: 40)
        #expect(after.totalBytes > before.totalBytes)
        #expect(after.outcome(run.spans[0].traceID)?.hasError == true)
    }

    @Test(
        "the collector deciding on what the simulator noted as spans ended agrees with one reading the spans",
        arguments: [Case.tail, .tailWithHead])
    func collectorAgrees(_ kind: Case) throws {
        let run = try kind.run()
        guard case .tail(let rules) = run.sampling.policy else { throw CancellationError() }
        let headOnly = try kind.headOnly()
        #expect(headOnly.spans == run.spans)
        #expect(headOnly.sampledOutSpanIDs.isEmpty == (kind == .tail))
        let outcome = TailSampler(rules: rules).decide(run.spans, alreadyDropped: headOnly.sampledOutSpanIDs)
        #expect(run.tailBuffering == outcome.buffering)
        var dropped = headOnly.sampledOutSpanIDs
        dropped.formUnion(outcome.droppedSpanIDs)
        #expect(dropped == run.sampledOutSpanIDs)
        #expect(!outcome.droppedSpanIDs.isEmpty && outcome.droppedSpanIDs.count < run.spans.count)
    }
}
