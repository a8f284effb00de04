import Foundation
import Testing
import TraceLabStore

@Suite struct GradebookTests {
    @Test func bestAttemptPerStudentWithQuestionColumnsInTheGivenOrder() {
        let book = Gradebook(
            quizID: "checkout", attempts: ReportFixtures.attempts, questionOrder: ["q3", "q2"])
        #expect(book.questionIDs == ["q3", "q2", "q1"])
        #expect(book.rows.map(\.student) == [ReportFixtures.hostileName, "ada"])
        #expect(book.rows[1].attemptID?.rawValue == 2)
        #expect(book.rows[0].points == ["q2": 0.5, "q1": 0])
        #expect(
            book.csv()
                == "student,q3,q2,q1,total,max,percent,passed,notes\r\n"
                + "'\(ReportFixtures.hostileNameEscaped),,0.5,0,0.5,3,16.67,false,\r\n"
                + "ada,1,1,1,3,3,100,true,\r\n")
    }

    @Test func lastSelectionTakesTheNewestCompletedAttempt() {
        let attempts =
            ReportFixtures.attempts + [
                ReportFixtures.completed(
                    9, learner: "ada", startedAt: 400, answers: [ReportFixtures.answer("q1", 0)], maxScore: 3)
            ]
        let book = Gradebook(quizID: "checkout", attempts: attempts, selection: .last)
        #expect(book.rows.first { $0.student == "ada" }?.attemptID?.rawValue == 9)
        #expect(book.rows.first { $0.student == "ada" }?.total == 0)
    }

    @Test func otherQuizzesAndUnfinishedOnlyStudentsGetNoRow() {
        let attempts = [
            ReportFixtures.unfinished(1, learner: "bo", startedAt: 1, answers: []),
            ReportFixtures.completed(
                2, learner: "cy", quizID: "queues", startedAt: 2, answers: [ReportFixtures.answer("q1", 1)],
                maxScore: 1),
        ]
        let book = Gradebook(quizID: "checkout", attempts: attempts)
        #expect(book.rows.isEmpty)
        #expect(book.csv() == "student,total,max,percent,passed,notes\r\n")
    }

    @Test func headerCellsFromQuestionIDsAreNeutralisedToo() {
        let attempt = ReportFixtures.completed(
            1, learner: "ada", startedAt: 0, answers: [ReportFixtures.answer("-q", 1)], maxScore: 1)
        #expect(Gradebook(quizID: "checkout", attempts: [attempt]).csv().hasPrefix("student,'-q,total"))
    }

    @Test func jsonShapeHasEveryQuestionPerRowWithNullForUnanswered() throws {
        let book = Gradebook(quizID: "checkout", attempts: ReportFixtures.attempts, questionOrder: ["q3"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(book.json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["quizID", "selection", "questionIDs", "rows"])
        #expect(object["selection"] as? String == "best")
        #expect(object["questionIDs"] as? [String] == ["q3", "q2", "q1"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(
            Set(rows[0].keys) == [
                "student", "attemptID", "points", "total", "max", "percent", "passed", "notes",
            ])
        #expect(rows[0]["student"] as? String == ReportFixtures.hostileNameEscaped)
        let points = try #require(rows[0]["points"] as? [String: Any])
        #expect(points["q3"] is NSNull)
        #expect(points["q2"] as? Double == 0.5)
        #expect(rows[1]["passed"] as? Bool == true)
        #expect(book.json().contains("\"points\": {\n        \"q3\": null,"))
    }
}
