import Foundation
import GRDB
import TraceLabCore

extension TraceLabDatabase {
    /// `learner`'s saved progress in `lessonID`, or `nil` when none was saved.
    public func loadProgress(learner: String, lessonID: String) throws(StoreError) -> LessonProgress? {
        let path = self.path
        return try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM progress WHERE learner = ? AND lesson_id = ?",
                arguments: [learner, lessonID])
            return try row.map { row throws in try ProgressSQL.progress(from: row, path: path) }
        }
    }

    /// Saves `progress`, replacing what was saved for the same learner and lesson, in one
    /// transaction: a process killed midway leaves the previous save intact.
    public func saveProgress(_ progress: LessonProgress) throws(StoreError) {
        try AttemptValidation.requireName(progress.learner, "learner name")
        try AttemptValidation.requireName(progress.lessonID, "lesson id")
        try write { db in
            try ProgressSQL.upsert(db, progress)
        }
    }
}

/// The SQL behind the progress API.
enum ProgressSQL {
    static func upsert(_ db: Database, _ progress: LessonProgress) throws {
        let settings = progress.labSettings
        try db.execute(
            sql: """
                INSERT INTO progress (learner, lesson_id, current_step_id, done_step_ids,
                    propagation_enabled_by_default, disabled_boundaries, scenario_id, seed, updated_at,
                    requests, rate, arrivals, selected_trace, sampling)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (learner, lesson_id) DO UPDATE SET
                    current_step_id = excluded.current_step_id, done_step_ids = excluded.done_step_ids,
                    propagation_enabled_by_default = excluded.propagation_enabled_by_default,
                    disabled_boundaries = excluded.disabled_boundaries, scenario_id = excluded.scenario_id,
                    seed = excluded.seed, updated_at = excluded.updated_at, requests = excluded.requests,
                    rate = excluded.rate, arrivals = excluded.arrivals, selected_trace = excluded.selected_trace,
                    sampling = excluded.sampling
                """,
            arguments: [
                progress.learner, progress.lessonID, progress.currentStepID,
                try JSONColumn.encode(progress.doneStepIDs), settings.propagation.enabledByDefault,
                try JSONColumn.encode(settings.propagation.disabledBoundaries.sorted()), settings.scenarioID,
                settings.seed.map { Int64(bitPattern: $0) }, progress.updatedAt.timeIntervalSince1970,
                settings.load?.requests, settings.load?.ratePerSecond, settings.load?.arrivals.rawValue,
                settings.selectedTrace, try settings.sampling.map { try JSONColumn.encode($0) },
            ])
    }

    static func progress(from row: Row, path: String) throws -> LessonProgress {
        let seed: Int64? = try row.decode(forColumn: "seed")
        let requests: Int? = try row.decode(forColumn: "requests")
        let rate: Double? = try row.decode(forColumn: "rate")
        let arrivals: String? = try row.decode(forColumn: "arrivals")
        let load = requests.map { count in
            LoadSettings(
                requests: count, ratePerSecond: rate ?? RunOptions.defaultRate,
                arrivals: arrivals.flatMap(ArrivalPattern.init(rawValue:)) ?? .poisson)
        }
        let samplingText: String? = try row.decode(forColumn: "sampling")
        let sampling: SamplingSettings? = try samplingText.map { try JSONColumn.decode($0, path: path) }
        let propagation = PropagationSettings(
            enabledByDefault: try row.decode(forColumn: "propagation_enabled_by_default"),
            disabledBoundaries: Set(
                try JSONColumn.decode(try row.decode(forColumn: "disabled_boundaries"), path: path)
                    as [String]))
        return LessonProgress(
            learner: try row.decode(forColumn: "learner"), lessonID: try row.decode(forColumn: "lesson_id"),
            currentStepID: try row.decode(forColumn: "current_step_id"),
            doneStepIDs: try JSONColumn.decode(try row.decode(forColumn: "done_step_ids"), path: path),
            labSettings: LabSettings(
                propagation: propagation, scenarioID: try row.decode(forColumn: "scenario_id"),
                seed: seed.map { UInt64(bitPattern: $0) }, load: load,
                selectedTrace: try row.decode(forColumn: "selected_trace"), sampling: sampling),
            updatedAt: Date(timeIntervalSince1970: try row.decode(forColumn: "updated_at")))
    }
}
