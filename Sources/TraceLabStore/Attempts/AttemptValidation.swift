import TraceLabCore

/// The rules every attempt, answer and score must meet before it is stored.
enum AttemptValidation {
    static func requireName(_ value: String, _ what: String) throws(StoreError) {
        if value.isEmpty {
            throw .invalidValue("the \(what) is empty; give a \(what) with at least one character")
        }
    }

    static func check(_ answer: StoredAnswer) throws(StoreError) {
        try requireName(answer.questionID, "question id")
        let question = TextEscaping.escapingControlCharacters(answer.questionID)
        try checkPoints(answer.points, of: answer.maxPoints, what: "the answer to question \(question)")
    }

    static func check(_ answers: [StoredAnswer]) throws(StoreError) {
        var seen: Set<String> = []
        for answer in answers {
            try check(answer)
            if !seen.insert(answer.questionID).inserted {
                let question = TextEscaping.escapingControlCharacters(answer.questionID)
                throw .invalidValue(
                    "question \(question) is answered twice in one attempt; keep one answer per question")
            }
        }
    }

    static func checkScore(_ score: Double, maxScore: Double) throws(StoreError) {
        try checkPoints(score, of: maxScore, what: "the attempt's score")
    }

    private static func checkPoints(_ points: Double, of maximum: Double, what: String) throws(StoreError) {
        guard maximum.isFinite, maximum >= 0 else {
            throw .invalidValue(
                "\(what) is worth \(maximum) points; the maximum must be a number of 0 or more")
        }
        guard points.isFinite, points >= 0, points <= maximum else {
            throw .invalidValue(
                "\(what) has \(points) points, outside 0...\(NumberText.compact(maximum)); grade it again")
        }
    }
}
