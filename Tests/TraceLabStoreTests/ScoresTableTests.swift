import Foundation
import Testing
import TraceLabStore

@Suite struct ScoresTableTests {
    private let table = ScoresTable(attempts: ReportFixtures.attempts)

    @Test func attemptsAreListedOldestFirstAndSummarisedPerLearnerAndQuiz() {
        #expect(table.attempts.map(\.id.rawValue) == [1, 4, 2, 3])
        #expect(table.summaries.map(\.learner) == [ReportFixtures.hostileName, "ada"])
        let ada = table.summaries[1]
        #expect(ada.attemptCount == 3)
        #expect(ada.best?.id.rawValue == 2)
        #expect(ada.last?.id.rawValue == 2)
    }

    @Test func textTableShowsEveryAttemptAndTheSummaries() {
        let lines = table.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[0]
                == "ID  LEARNER                    QUIZ      MODE      STATUS      STARTED (UTC)         "
                + "SCORE  PERCENT  PASSED")
        #expect(
            lines[1]
                == "1   ada                        checkout  exam      completed   2025-06-15T15:08:20Z  "
                + "1/3    33.33%   no")
        #expect(lines[4].hasPrefix("3   ada                        checkout  practice  unfinished"))
        #expect(lines[4].hasSuffix("-      -        -"))
        #expect(lines.contains("Best and last completed attempt per learner and quiz:"))
        #expect(lines.contains { $0.hasPrefix("ada ") && $0.hasSuffix("3         2          3/3    3/3") })
        #expect(!table.text().contains("\u{1B}"))
        #expect(table.text().contains(ReportFixtures.hostileNameEscaped))
    }

    @Test func emptyTableSaysSo() {
        #expect(ScoresTable(attempts: []).text() == "No quiz attempts recorded.\n")
    }

    @Test func csvHasOneNeutralisedRowPerAttemptWithBestAndLastMarked() {
        let lines = table.csv().components(separatedBy: "\r\n")
        #expect(
            lines[0] == "attempt_id,learner,quiz_id,quiz_version,quiz_title,mode,status,started_at,ended_at,"
                + "score,max_score,percent,passed,best,last")
        #expect(
            lines[1]
                == "1,ada,checkout,1,Checkout traces,exam,completed,2025-06-15T15:08:20Z,2025-06-15T15:09:50Z,"
                + "1,3,33.33,false,false,false")
        #expect(lines[2].hasPrefix("4,'" + ReportFixtures.hostileNameEscaped + ",checkout"))
        #expect(lines[2].hasSuffix("0.5,3,16.67,false,true,true"))
        #expect(lines[3].hasSuffix("3,3,100,true,true,true"))
        #expect(
            lines[4]
                == "3,ada,checkout,1,Checkout traces,practice,unfinished,2025-06-15T15:11:40Z,,,,,,false,false"
        )
        #expect(lines.count == 6 && lines[5].isEmpty)
    }

    @Test func jsonHoldsEveryAttemptWithAnswersAndTheSummaries() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["attempts", "summaries"])
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["id"] as? Int } == [1, 4, 2, 3])
        #expect(
            Set(attempts[0].keys) == [
                "id", "learner", "quizID", "quizVersion", "quizTitle", "mode", "status", "startedAt",
                "endedAt",
                "score", "maxScore", "percent", "passed", "answers",
            ])
        #expect(attempts[1]["learner"] as? String == ReportFixtures.hostileNameEscaped)
        let unfinished = attempts[3]
        #expect(unfinished["status"] as? String == "unfinished")
        #expect(unfinished["score"] is NSNull)
        #expect(unfinished["endedAt"] is NSNull)
        let answers = try #require(attempts[0]["answers"] as? [[String: Any]])
        #expect(Set(answers[0].keys) == ["questionID", "given", "correctness", "points", "maxPoints"])
        #expect(answers[1]["correctness"] as? String == "wrong")
        #expect(answers[0]["given"] as? [String] == ["x"])

        let summaries = try #require(object["summaries"] as? [[String: Any]])
        let ada = summaries[1]
        #expect(ada["attemptCount"] as? Int == 3)
        #expect(ada["completedCount"] as? Int == 2)
        let best = try #require(ada["best"] as? [String: Any])
        #expect(best["attemptID"] as? Int == 2)
        #expect(best["percent"] as? Double == 100)
        #expect(Set(best.keys) == ["attemptID", "endedAt", "score", "maxScore", "percent", "passed"])
    }

    @Test func jsonNeverCarriesRawControlCharacters() {
        #expect(!table.json().unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
