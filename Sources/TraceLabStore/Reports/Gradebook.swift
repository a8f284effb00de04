/// A teacher's gradebook for one quiz: one row per student (their best or last completed attempt),
/// a points column per question, then total, max, percent and passed; exported as CSV or JSON.
/// Pure: the same attempts always give the same bytes. Students with no completed attempt at the
/// quiz get no row. A row's notes say why a question earned nothing when the reason was not a
/// wrong answer (blank, missing, unreadable), and which keys were ignored.
public struct Gradebook: Hashable, Sendable {
    /// Which completed attempt represents a student.
    public enum Selection: String, CaseIterable, Hashable, Sendable {
        /// The highest percentage, as in ``ScoreSummary/best``.
        case best
        /// The newest, as in ``ScoreSummary/last``.
        case last
    }

    /// One student's line.
    public struct Row: Hashable, Sendable {
        /// The learner's name.
        public var student: String
        /// The stored attempt the line was taken from; nil when the attempt was never stored
        /// (a folder graded with `grade`), so no id is shown that `scores` could not find.
        public var attemptID: AttemptID?
        /// Points per question id; questions the attempt has no answer for are absent.
        public var points: [String: Double]
        /// The attempt's score.
        public var total: Double
        /// What the quiz was worth.
        public var max: Double
        /// `total` as a percentage of `max`; `nil` when `max` is 0.
        public var percent: Double?
        /// Whether the attempt passed.
        public var passed: Bool
        /// Why questions earned nothing other than by a wrong answer, and keys that were ignored.
        public var notes: [String]

        /// Creates a row.
        public init(
            student: String, attemptID: AttemptID?, points: [String: Double], total: Double, max: Double,
            percent: Double?, passed: Bool, notes: [String] = []
        ) {
            self.student = student
            self.attemptID = attemptID
            self.points = points
            self.total = total
            self.max = max
            self.percent = percent
            self.passed = passed
            self.notes = notes
        }
    }

    /// The quiz.
    public let quizID: String
    /// Which attempt each row shows.
    public let selection: Selection
    /// The question columns, in order.
    public let questionIDs: [String]
    /// One row per student, ordered by name.
    public let rows: [Row]

    /// Builds the gradebook for `quizID` from `attempts` (attempts at other quizzes are ignored).
    /// Question columns come in `questionOrder` first, then any other answered question in the order
    /// first met (students by name, answers in order). `notes` are added to each learner's row;
    /// `storedAttempts: false` leaves attempt ids out, for attempts that were never stored.
    public init(
        quizID: String, attempts: [StoredAttempt], selection: Selection = .best, questionOrder: [String] = [],
        notes: [String: [String]] = [:], storedAttempts: Bool = true
    ) {
        let chosen = ScoreSummary.summaries(of: attempts.filter { $0.quizID == quizID }).compactMap {
            summary in
            selection == .best ? summary.best : summary.last
        }
        var columns = questionOrder.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for answer in chosen.flatMap(\.answers) where !columns.contains(answer.questionID) {
            columns.append(answer.questionID)
        }
        self.quizID = quizID
        self.selection = selection
        self.questionIDs = columns
        self.rows = chosen.compactMap { attempt in
            guard let outcome = attempt.outcome else { return nil }
            return Row(
                student: attempt.learner, attemptID: storedAttempts ? attempt.id : nil,
                points: Dictionary(attempt.answers.map { ($0.questionID, $0.points) }) { _, latest in latest
                },
                total: outcome.score, max: outcome.maxScore, percent: outcome.percent, passed: outcome.passed,
                notes: notes[attempt.learner] ?? [])
        }
    }

    /// `student,<question ids...>,total,max,percent,passed,notes` then one line per student; a
    /// question the student did not answer is an empty cell; notes are joined with `; `.
    public func csv() -> String {
        let header = (["student"] + questionIDs + ["total", "max", "percent", "passed", "notes"]).map(
            CSVField.text)
        let lines: [[CSVField]] = rows.map { row in
            [.text(row.student)] + questionIDs.map { row.points[$0].map(CSVField.number) ?? .empty } + [
                .number(row.total), .number(row.max), row.percent.map(CSVField.number) ?? .empty,
                .bool(row.passed), row.notes.isEmpty ? .empty : .text(row.notes.joined(separator: "; ")),
            ]
        }
        return CSV.render([header] + lines)
    }

    /// `{"quizID", "selection", "questionIDs", "rows": [{"student", "attemptID", "points": {id: n|null},
    /// "total", "max", "percent", "passed", "notes": [...]}]}`; `attemptID` only for stored attempts.
    public func json() -> String {
        JSONValue.object([
            ("quizID", .string(quizID)),
            ("selection", .string(selection.rawValue)),
            ("questionIDs", .array(questionIDs.map(JSONValue.string))),
            (
                "rows",
                .array(
                    rows.map { row in
                        .object(
                            [("student", .string(row.student))]
                                + (row.attemptID.map { [("attemptID", JSONValue.integer($0.rawValue))] } ?? [])
                                + [
                                    (
                                        "points",
                                        .object(
                                            questionIDs.map {
                                                ($0, row.points[$0].map(JSONValue.number) ?? .null)
                                            })
                                    ),
                                    ("total", .number(row.total)),
                                    ("max", .number(row.max)),
                                    ("percent", row.percent.map(JSONValue.number) ?? .null),
                                    ("passed", .bool(row.passed)),
                                    ("notes", .array(row.notes.map(JSONValue.string))),
                                ])
                    })
            ),
        ]).rendered()
    }
}
