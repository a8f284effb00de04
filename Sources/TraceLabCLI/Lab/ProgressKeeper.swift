import Foundation
import TraceLabCore
import TraceLabStore

/// Loads and saves what a learner has done (lab bench, lesson position) in the data directory.
///
/// The lab views still work when the data directory cannot be opened: they fall back to the
/// defaults and say once, on standard error, that nothing will be saved. Loading opens the
/// database for reading only, so a view that moves nothing works in a read-only data directory
/// and while another process writes; saving opens it for writing.
struct ProgressKeeper {
    /// The progress row that holds the lab bench when no lesson is named.
    static let labKey = "lab"

    let context: CommandContext
    let learner: String
    let global: GlobalOptions
    let database: Result<TraceLabDatabase, CLIError>

    init(context: CommandContext, global: GlobalOptions) throws(CLIError) {
        self.context = context
        self.global = global
        learner = context.learner(global)
        database = Result { () throws(CLIError) in try context.readableDatabase(global) }
    }

    /// The database opened for reading, or the store's one-line reason it cannot be opened.
    func requireDatabase() throws(CLIError) -> TraceLabDatabase {
        switch database {
        case .success(let database): return database
        case .failure(let error): throw error
        }
    }

    /// The learner's lab bench; the first time, a fresh one with a new seed, saved at once so
    /// the views agree on ids.
    func labState() -> LabState {
        let stored = try? progress(Self.labKey)
        if let settings = stored?.labSettings, let seed = settings.seed {
            return LabState(
                scenarioID: settings.scenarioID ?? "checkout", propagation: settings.propagation, seed: seed,
                load: settings.load ?? .single, selectedTrace: settings.selectedTrace,
                sampling: settings.sampling)
        }
        let fresh = LabState.initial(seed: context.environment.makeSeed())
        if case .success = database { saveLabState(fresh) }
        return fresh
    }

    /// Saves the lab bench; a failure is reported on standard error and the command goes on.
    func saveLabState(_ state: LabState) {
        do {
            var row = try progress(Self.labKey) ?? blank(Self.labKey)
            row.labSettings = LabSettings(
                propagation: state.propagation, scenarioID: state.scenarioID, seed: state.seed,
                load: state.load.requests > 1 ? state.load : nil, selectedTrace: state.selectedTrace,
                sampling: state.sampling)
            row.updatedAt = context.environment.now()
            try context.database(global).saveProgress(row)
        } catch {
            warnNotSaved(error)
        }
    }

    /// The lab bench run with its current settings; a many-request run simulated here leaves
    /// its overview in the data directory for the list views of later processes.
    func bench() throws(CLIError) -> LabBench {
        try bench(state: labState(), source: nil)
    }

    /// The lab bench run with `state`'s settings (the scenario read from `source` when given).
    func bench(state: LabState, source: (scenario: Scenario, text: String)?) throws(CLIError) -> LabBench {
        try benchAndOverview(state: state, source: source).bench
    }

    /// The bench, with the overview it saved when it simulated a many-request run.
    private func benchAndOverview(state: LabState, source: (scenario: Scenario, text: String)?)
        throws(CLIError) -> (bench: LabBench, overview: RunOverview?)
    {
        let loaded: (scenario: Scenario, text: String)
        if let source {
            loaded = source
        } else {
            loaded = try context.library.scenarioSource(state.scenarioID)
        }
        let bench = try LabBench(
            state: state, source: loaded, cancellation: context.cancellation, cache: context.runs)
        return (bench, SavedOverviews(context: context, global: global).save(bench))
    }

    /// What `traces` and `metrics` draw for the current settings: for a many-request run, the
    /// overview an earlier process saved when it is this run's and this process does not hold the
    /// run; otherwise made from the bench.
    func listing() throws(CLIError) -> LabListing {
        let state = labState()
        let source = try context.library.scenarioSource(state.scenarioID)
        let options = try LabBench.options(state, source.scenario)
        let saved = SavedOverviews(context: context, global: global)
        if state.load.requests > 1, !context.runs.holds(source.scenario, options: options),
            let key = saved.key(reference: state.scenarioID, scenarioText: source.text, options: options),
            let overview = saved.load(key: key)
        {
            return LabListing(scenario: source.scenario, state: state, overview: overview)
        }
        let made = try benchAndOverview(state: state, source: source)
        guard let overview = made.overview else { return LabListing(made.bench) }
        return LabListing(scenario: source.scenario, state: state, overview: overview)
    }

    /// The stored progress row for `key`, if any.
    func progress(_ key: String) throws(CLIError) -> LessonProgress? {
        let database = try requireDatabase()
        do {
            return try database.loadProgress(learner: learner, lessonID: key)
        } catch {
            throw CLIError.io(error.description)
        }
    }

    /// Saves a progress row.
    func save(_ progress: LessonProgress) throws(CLIError) {
        let database = try context.database(global)
        do {
            try database.saveProgress(progress)
        } catch {
            throw CLIError.io(error.description)
        }
    }

    /// An empty progress row for `key`.
    func blank(_ key: String) -> LessonProgress {
        LessonProgress(
            learner: learner, lessonID: key, currentStepID: nil, doneStepIDs: [], labSettings: LabSettings(),
            updatedAt: context.environment.now())
    }

    private func warnNotSaved(_ error: any Error) {
        context.errors.line("tracelab: warning: lab settings not saved: " + TextSafety.errorLine("\(error)"))
    }
}
