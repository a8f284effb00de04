/// What ``LessonReader`` made of a file: a best-effort lesson (missing values are empty) and
/// every problem with the file's syntax.
struct LessonReading: Sendable {
    /// The lesson as far as it could be read.
    var lesson: Lesson
    /// Syntax problems: front matter, headings, fences, command blocks outside steps.
    var problems: [ContentError]
}

extension [ContentError] {
    /// The errors ordered by line (file-wide errors first), keeping the order of equal lines.
    var sortedByLine: [ContentError] {
        enumerated().sorted { left, right in
            let leftLine = left.element.line ?? 0
            let rightLine = right.element.line ?? 0
            return leftLine != rightLine ? leftLine < rightLine : left.offset < right.offset
        }.map(\.element)
    }
}
