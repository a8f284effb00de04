/// Whether an attempt reached its end.
public enum AttemptStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Started but never completed, for example because the learner pressed Ctrl-C.
    case unfinished
    /// Completed and scored.
    case completed
}
