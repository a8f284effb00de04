import Foundation
import TraceLabCore

/// Runs the learner's current lab configuration and keeps the result for the views.
struct LabBench {
    let scenario: Scenario
    let state: LabState
    let run: LabRun
    let analysis: LabAnalysis

    /// Loads the scenario named by `state` and runs it with the state's settings and seed.
    init(state: LabState, library: ContentLibrary, epoch: Date) throws(CLIError) {
        let scenario = try library.scenario(state.scenarioID)
        try Self.checkBoundaries(state.propagation.disabledBoundaries, in: scenario)
        let options = RunOptions(
            propagation: state.propagation, seed: state.seed, epochNanos: Self.nanos(epoch))
        let run: LabRun
        do {
            run = try ScenarioEngine(scenario: scenario).run(options)
        } catch {
            throw .data(error.message)
        }
        self.scenario = scenario
        self.state = state
        self.run = run
        self.analysis = LabAnalysis(run: run)
    }

    /// Fails with the list of real boundaries when one of `names` is not a boundary of `scenario`.
    static func checkBoundaries(_ names: some Sequence<String>, in scenario: Scenario) throws(CLIError) {
        let known = scenario.boundaries.map(\.name)
        for name in names where !known.contains(name) {
            throw .usage(
                "'\(name)' is not a boundary of \(scenario.id); choose one of: \(known.joined(separator: ", "))"
            )
        }
    }

    /// Whole milliseconds of `date` as Unix nanoseconds, so printed times stay round.
    static func nanos(_ date: Date) -> UInt64 {
        UInt64(max(0, (date.timeIntervalSince1970 * 1000).rounded(.down))) * 1_000_000
    }
}
