/// How much of an answer was right.
public enum AnswerCorrectness: String, CaseIterable, Hashable, Sendable, Codable {
    /// Entirely right: all of the question's points.
    case full
    /// Partly right: some of the points.
    case partial
    /// Wrong: no points.
    case wrong
}
