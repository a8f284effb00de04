import Foundation

/// The result of a completed attempt.
public struct AttemptOutcome: Hashable, Sendable, Codable {
    /// When the attempt ended.
    public var endedAt: Date
    /// Points earned over the whole quiz.
    public var score: Double
    /// Points the quiz was worth.
    public var maxScore: Double
    /// Whether the score met the quiz's pass mark.
    public var passed: Bool

    /// Creates an outcome; ``TraceLabDatabase`` rejects negative, non-finite or excessive scores.
    public init(endedAt: Date, score: Double, maxScore: Double, passed: Bool) {
        self.endedAt = endedAt
        self.score = score
        self.maxScore = maxScore
        self.passed = passed
    }

    /// The score as a percentage of ``maxScore``; `nil` when the quiz was worth nothing.
    public var percent: Double? {
        maxScore > 0 ? score / maxScore * 100 : nil
    }
}
