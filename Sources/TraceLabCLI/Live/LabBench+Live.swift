import TraceLabCore

extension LabBench {
    /// A bench showing a run that already happened (a live run), so the lab's views can draw it.
    init(scenario: Scenario, state: LabState, run: LabRun) {
        self.scenario = scenario
        self.state = state
        self.run = run
        self.analysis = LabAnalysis(run: run)
    }
}
