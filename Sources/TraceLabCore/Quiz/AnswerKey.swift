/// A question's key once everything is known, trace facts included: what the grader compares with.
public enum AnswerKey: Hashable, Sendable {
    /// Exactly this choice id.
    case choice(String)
    /// These choice ids, in file order (several right choices).
    case choices([String])
    /// These choice ids in this order.
    case ordering([String])
    /// A number, right within `tolerance`.
    case number(Double, tolerance: Double)

    /// The key written as a recorded answer, to show next to the learner's.
    public var expectedAnswer: LearnerAnswer {
        switch self {
        case .choice(let id): .choices([id])
        case .choices(let ids), .ordering(let ids): .choices(ids)
        case .number(let value, _): .number(value)
        }
    }
}
