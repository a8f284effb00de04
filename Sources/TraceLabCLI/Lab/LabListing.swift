import TraceLabCore

/// What the list views (`traces`, `metrics`) draw: the scenario and lab settings for the header,
/// and the run's overview, made from a bench or read back from the data directory.
struct LabListing {
    let scenario: Scenario
    let state: LabState
    let overview: RunOverview

    /// The listing of `bench`'s run.
    init(_ bench: LabBench) {
        self.init(
            scenario: bench.scenario, state: bench.state,
            overview: RunOverview(
                analysis: bench.analysis, sampling: bench.sampling, defaultTrace: bench.defaultTrace))
    }

    /// A listing of `overview`, the run of `scenario` with `state`'s settings.
    init(scenario: Scenario, state: LabState, overview: RunOverview) {
        self.scenario = scenario
        self.state = state
        self.overview = overview
    }
}
