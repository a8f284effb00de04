/// Grades submissions. Pure and fast: keys are resolved once in a ``ResolvedQuiz``.
///
/// Scoring rules, as a share of a question's points:
/// - single choice, numeric, trace: all or nothing (numeric: right when within the tolerance).
/// - multiple: `(right picks − wrong picks) / number of right choices`, at least 0.
/// - ordering: `(L − 1) / (n − 1)`, at least 0, where `n` is the number of items and `L` the
///   length of the longest common subsequence of the given and the right order (the most items
///   already in the right relative order); an exact order earns all, a reversed one nothing.
///   With one item: all or nothing.
public enum QuizGrader {
    /// Grades `answers` against `quiz`. Answers to unknown question ids are ignored; an answer of
    /// the wrong shape earns nothing.
    public static func grade(_ quiz: ResolvedQuiz, answers: QuizAnswers) -> QuizResult {
        var results: [QuestionResult] = []
        results.reserveCapacity(quiz.keys.count)
        var score = 0.0
        var maxScore = 0.0
        for (index, question) in quiz.quiz.questions.enumerated() {
            let given = answers.byQuestion[question.id]
            let key = quiz.keys[index]
            let share = credit(given, key: key, keySet: quiz.keySets[index])
            let points = Double(question.points)
            let awarded = share * points
            score += awarded
            maxScore += points
            results.append(
                QuestionResult(
                    questionID: question.id, objective: question.objective, given: given,
                    expected: key.expectedAnswer,
                    correctness: share >= 1 - 1e-12 ? .full : share > 0 ? .partial : .wrong,
                    pointsAwarded: awarded,
                    maxPoints: points, explanation: quiz.explanations[index]))
        }
        return QuizResult(
            quizID: quiz.quiz.id, quizVersion: quiz.quiz.version, score: score, maxScore: maxScore,
            passMark: quiz.quiz.passMark, questions: results)
    }

    /// Resolves `quiz` with `resolver` and grades `answers`; prefer building a ``ResolvedQuiz``
    /// once when grading many submissions.
    public static func grade(_ quiz: Quiz, answers: QuizAnswers, resolver: (any TraceFactResolver)? = nil)
        throws(ContentError) -> QuizResult
    {
        grade(try ResolvedQuiz(quiz, resolver: resolver), answers: answers)
    }

    /// The share (0...1) of a question's points that `answer` earns against `key`.
    public static func credit(_ answer: LearnerAnswer?, key: AnswerKey) -> Double {
        var keySet: Set<String> = []
        if case .choices(let ids) = key { keySet = Set(ids) }
        return credit(answer, key: key, keySet: keySet)
    }

    private static func credit(_ answer: LearnerAnswer?, key: AnswerKey, keySet: Set<String>) -> Double {
        switch (answer, key) {
        case (.choices(let given), .choice(let id)):
            return given.count == 1 && given[0] == id ? 1 : 0
        case (.choices(let given), .choices(let ids)):
            guard !ids.isEmpty else { return 0 }
            var right = 0
            var wrong = 0
            var seen = Set<String>(minimumCapacity: given.count)
            for pick in given where seen.insert(pick).inserted {
                if keySet.contains(pick) { right += 1 } else { wrong += 1 }
            }
            return max(0, Double(right - wrong) / Double(ids.count))
        case (.choices(let given), .ordering(let order)):
            guard order.count > 1 else { return given == order ? 1 : 0 }
            let common = longestCommonSubsequence(given, order)
            return max(0, Double(common - 1) / Double(order.count - 1))
        case (.number(let value), .number(let expected, let tolerance)):
            return abs(value - expected) <= tolerance + 1e-9 * max(1, abs(expected)) ? 1 : 0
        default:
            return 0
        }
    }

    /// The length of the longest common subsequence of `first` and `second`.
    static func longestCommonSubsequence(_ first: [String], _ second: [String]) -> Int {
        guard !first.isEmpty, !second.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: second.count + 1)
        var current = previous
        for item in first {
            for (column, other) in second.enumerated() {
                current[column + 1] =
                    item == other ? previous[column] + 1 : max(previous[column + 1], current[column])
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }
}
