/// How much of a quiz is put in a per-learner order before it is shown.
public enum QuizOrder: Hashable, Sendable {
    /// Questions and choices as the file lists them.
    case fileOrder
    /// Questions as the file lists them; each question's choices in a per-learner order.
    case choicesShuffled
    /// Questions and choices in a per-learner order.
    case shuffled

    /// What an interactive run shows when the learner asks for nothing: the whole quiz shuffled
    /// when its file says `shuffle: true`, else only the choices, so a key is not always `A`.
    public static func interactiveDefault(for quiz: Quiz) -> QuizOrder {
        quiz.shuffle ? .shuffled : .choicesShuffled
    }
}
