/// Numbers as quizzes show them: whole numbers without a decimal point, others trimmed.
enum NumberText {
    /// `2800`, `0.5`, `2.75`.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
