/// How a quiz attempt was taken.
public enum AttemptMode: String, CaseIterable, Hashable, Sendable, Codable {
    /// Feedback after each question; the learner may look things up.
    case practice
    /// No feedback until the end.
    case exam
    /// Answers came from a file or flags and were graded without interaction.
    case auto
}
