import Foundation
import GRDB

/// The database schema, its migrations, and the checks that keep TraceLab from migrating a file
/// that is not its own.
enum StoreSchema {
    /// Written into the SQLite header (`PRAGMA application_id`) by the first migration: "TRLB".
    static let applicationID: Int32 = 0x5452_4C42

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: version1)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        migrator.registerMigration("v2-lab-load") { db in
            try db.execute(sql: version2)
        }
        migrator.registerMigration("v3-lab-sampling") { db in
            try db.execute(sql: version3)
        }
        migrator.registerMigration("v4-run-overview") { db in
            try db.execute(sql: version4)
        }
        return migrator
    }()

    /// Looks at an existing file through a read-only connection, so nothing is written to a file
    /// that turns out to be damaged, foreign or newer: throws ``StoreError/corrupt(path:)`` when
    /// SQLite cannot read it, `PRAGMA quick_check` finds damage or it is another application's
    /// database, and ``StoreError/newerSchema(path:)`` when a newer TraceLab migrated it.
    static func inspect(path: String, busyTimeoutSeconds: Double, errors: StoreErrorMapping)
        throws(StoreError)
    {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
                if problems != ["ok"] { throw StoreError.corrupt(path: path) }
                try checkOwnership(db, errors: errors)
                if try migrator.hasBeenSuperseded(db) { throw try supersededError(db, path: path) }
            }
        } catch {
            throw errors.map(error)
        }
    }

    /// Checks the file is TraceLab's (or empty) and not from a newer TraceLab, then migrates it.
    /// Safe when several processes open a fresh file at once: a migration another process
    /// completed first counts as done.
    /// True when the file's 100-byte SQLite header says it is already in WAL mode and carries
    /// TraceLab's application id: opening it cannot rewrite a foreign or damaged file, so the
    /// slower read-only inspection is skipped. Damage further in is still reported as corrupt by
    /// the first query that reaches it.
    static func headerIsTraceLabWAL(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return false }
        let bytes = [UInt8](header)
        let magic = Array("SQLite format 3\u{0}".utf8)
        let applicationID = bytes[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Array(bytes[0..<16]) == magic && bytes[18] == 2 && bytes[19] == 2
            && applicationID == UInt32(bitPattern: StoreSchema.applicationID)
    }

    static func prepare(_ pool: DatabasePool, integrity: IntegrityGate, errors: StoreErrorMapping)
        throws(StoreError)
    {
        do {
            let isCurrent = try pool.read { db in try self.isCurrent(db, errors: errors) }
            if isCurrent { return }
        } catch {
            throw errors.map(error)
        }
        try integrity.verify()
        // Each migration commits on its own, so another process opening the same fresh file can
        // be part-way through them: the one this process tried may already exist. Reading which
        // are done and going on settles it within a few rounds; a real failure stays one.
        var rounds = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                let completedElsewhere = (try? pool.read { try migrator.hasCompletedMigrations($0) }) ?? false
                if completedElsewhere { return }
                rounds += 1
                guard rounds < migrationRounds else { throw errors.map(error) }
                usleep(20_000)
            }
        }
    }

    /// How many times opening a fresh file tries the migrations while other processes run them.
    static let migrationRounds = 25

    /// True when the file is TraceLab's and fully migrated, false when it still needs migrating;
    /// throws when it belongs to something else, is damaged or comes from a newer TraceLab.
    static func isCurrent(_ db: Database, errors: StoreErrorMapping) throws -> Bool {
        try checkOwnership(db, errors: errors)
        if try migrator.hasBeenSuperseded(db) { throw try supersededError(db, path: errors.path) }
        return try migrator.hasCompletedMigrations(db)
    }

    /// Why the migrations table names migrations this TraceLab does not know: a damaged file
    /// (the check fails, or a name is not one TraceLab writes, `v` and a number) or a newer TraceLab.
    private static func supersededError(_ db: Database, path: String) throws -> StoreError {
        let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
        if problems != ["ok"] { return .corrupt(path: path) }
        let known = Set(migrator.migrations)
        let names = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        let foreign = names.filter { !known.contains($0) }
        let plausible = foreign.allSatisfy { name in
            name.first == "v" && name.count > 1 && name.dropFirst().allSatisfy { ("0"..."9").contains($0) }
        }
        return plausible ? .newerSchema(path: path) : .damagedMigrations(path: path)
    }

    /// Throws ``StoreError/corrupt(path:)`` unless the file carries TraceLab's application id or holds
    /// nothing but an empty migrations table.
    private static func checkOwnership(_ db: Database, errors: StoreErrorMapping) throws {
        let fileApplicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if fileApplicationID == applicationID { return }
        let foreignObjects =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM sqlite_master
                    WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                    """) ?? 0
        if fileApplicationID != 0 || foreignObjects > 0 { throw StoreError.corrupt(path: errors.path) }
    }

    /// The newest many-request run's overview (its trace list and metrics), so a later process
    /// shows `traces` and `metrics` without simulating the run again; `key` says which run.
    private static let version4 = """
        CREATE TABLE run_overview (
            key TEXT PRIMARY KEY NOT NULL,
            body BLOB NOT NULL
        );
        """

    /// The lab's sampling: the policy and the services deciding on their own, as JSON
    /// (`{"policy":"head:10%","samplers":{"billing":"head:50%"}}`); NULL for the scenario's default.
    private static let version3 = """
        ALTER TABLE progress ADD COLUMN sampling TEXT;
        """

    /// The lab's load (requests, rate, arrival pattern) and the trace the views show.
    private static let version2 = """
        ALTER TABLE progress ADD COLUMN requests INTEGER CHECK (requests IS NULL OR requests >= 1);
        ALTER TABLE progress ADD COLUMN rate REAL CHECK (rate IS NULL OR rate > 0);
        ALTER TABLE progress ADD COLUMN arrivals TEXT;
        ALTER TABLE progress ADD COLUMN selected_trace TEXT;
        """

    private static let version1 = """
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            learner TEXT NOT NULL CHECK (learner <> ''),
            quiz_id TEXT NOT NULL CHECK (quiz_id <> ''),
            quiz_version TEXT NOT NULL,
            quiz_title TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam', 'auto')),
            started_at REAL NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('unfinished', 'completed')),
            ended_at REAL,
            score REAL,
            max_score REAL,
            passed INTEGER CHECK (passed IN (0, 1)),
            CHECK (
                (status = 'unfinished' AND ended_at IS NULL AND score IS NULL
                    AND max_score IS NULL AND passed IS NULL)
                OR (status = 'completed' AND ended_at IS NOT NULL AND score IS NOT NULL
                    AND max_score IS NOT NULL AND passed IS NOT NULL)
            )
        );
        CREATE INDEX attempts_by_learner_and_quiz ON attempts (learner, quiz_id, started_at);
        CREATE INDEX attempts_by_quiz ON attempts (quiz_id, started_at);

        CREATE TABLE answers (
            attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id TEXT NOT NULL CHECK (question_id <> ''),
            given TEXT NOT NULL,
            correctness TEXT NOT NULL CHECK (correctness IN ('full', 'partial', 'wrong')),
            points REAL NOT NULL,
            max_points REAL NOT NULL,
            PRIMARY KEY (attempt_id, question_id),
            UNIQUE (attempt_id, position)
        );

        CREATE TABLE progress (
            learner TEXT NOT NULL CHECK (learner <> ''),
            lesson_id TEXT NOT NULL CHECK (lesson_id <> ''),
            current_step_id TEXT,
            done_step_ids TEXT NOT NULL,
            propagation_enabled_by_default INTEGER NOT NULL CHECK (propagation_enabled_by_default IN (0, 1)),
            disabled_boundaries TEXT NOT NULL,
            scenario_id TEXT,
            seed INTEGER,
            updated_at REAL NOT NULL,
            PRIMARY KEY (learner, lesson_id)
        );
        """
}
