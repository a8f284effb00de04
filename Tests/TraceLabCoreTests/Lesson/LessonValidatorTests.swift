import Testing
import TraceLabCore

@Suite struct LessonValidatorTests {
    struct BrokenFixture: Sendable, CustomTestStringConvertible {
        var name: String
        var line: Int
        var message: String
        var testDescription: String { name }
    }

    static let brokenFixtures = [
        BrokenFixture(name: "missing-front-matter.md", line: 1, message: "a lesson starts with front matter"),
        BrokenFixture(
            name: "unclosed-front-matter.md", line: 1, message: "front matter opened here is never closed"),
        BrokenFixture(name: "missing-title.md", line: 1, message: "the front matter needs 'title'"),
        BrokenFixture(
            name: "invalid-minutes.md", line: 4,
            message: "'minutes' in the front matter must be a whole number"),
        BrokenFixture(
            name: "unknown-front-matter-key.md", line: 5, message: "unknown front matter key 'author'"),
        BrokenFixture(
            name: "invalid-lesson-id.md", line: 2, message: "lesson id 'Small_Lesson' must be lowercase"),
        BrokenFixture(
            name: "duplicate-step-id.md", line: 18, message: "step id 'first-look' is already used on line 9"),
        BrokenFixture(name: "invalid-step-id.md", line: 9, message: "step id 'First_Look' must be lowercase"),
        BrokenFixture(
            name: "heading-without-id.md", line: 18, message: "step heading '## Second look' has no id"),
        BrokenFixture(name: "empty-step.md", line: 18, message: "step 'Nothing here' has no text"),
        BrokenFixture(
            name: "unclosed-fence.md", line: 13, message: "the ``` fence opened here is never closed"),
        BrokenFixture(
            name: "unknown-command.md", line: 15, message: "'frobnicate now': unknown command 'frobnicate'"),
        BrokenFixture(
            name: "unknown-scenario.md", line: 5,
            message: "unknown scenario 'bookshop'; known scenarios: busy-checkout, checkout"),
        BrokenFixture(name: "unknown-run-scenario.md", line: 14, message: "runs unknown scenario 'bookshop'"),
        BrokenFixture(
            name: "unknown-boundary.md", line: 14,
            message: "names boundary 'gateway:payments', which scenario 'checkout' does not have"),
        BrokenFixture(
            name: "unknown-quiz.md", line: 5,
            message: "unknown quiz 'final-exam'; known quizzes: knowledge-check"),
        BrokenFixture(
            name: "tracelab-prefix.md", line: 14,
            message: "write 'run checkout' without the 'tracelab' prefix"),
        BrokenFixture(
            name: "commands-outside-step.md", line: 11, message: "a tracelab block belongs inside a step"),
        BrokenFixture(
            name: "empty-command-block.md", line: 13, message: "this tracelab block has no commands"),
        BrokenFixture(name: "no-steps.md", line: 8, message: "the lesson has no steps"),
    ]

    @Test(arguments: brokenFixtures)
    func reportsTheOneProblemOfEachBrokenFixtureAtItsLine(_ fixture: BrokenFixture) throws {
        let problems = LessonTestSupport.validate(
            try LessonTestSupport.fixture(fixture.name), file: fixture.name)
        try #require(problems.count == 1, "\(problems)")
        #expect(problems[0].file == fixture.name)
        #expect(problems[0].line == fixture.line)
        #expect(problems[0].message.contains(fixture.message), "\(problems[0].message)")
    }

    @Test func reportsEveryProblemOfAFileWithSeveralInLineOrder() throws {
        let problems = LessonTestSupport.validate(try LessonTestSupport.fixture("several-problems.md"))
        #expect(problems.map(\.line) == [4, 5, 6, 14, 15, 18, 22, 24, 28])
        #expect(problems[3].message.contains("boundary 'gateway:nowhere'"))
        #expect(problems[4].message.contains("frobnicate"))
        #expect(problems[8].message.contains("the ~~~ fence opened here is never closed"))
    }

    @Test func keepsReadingStepsAfterAnUnclosedCommandBlock() {
        let text = """
            ---
            id: unclosed
            title: Unclosed
            minutes: 5
            ---
            ## One {#one}
            Text.
            ```tracelab
            trace
            ## Two {#Two}
            More text.
            """
        let problems = LessonTestSupport.validate(text)
        #expect(problems.map(\.line) == [8, 10])
        #expect(problems.last?.message.contains("step id 'Two'") == true)
    }

    @Test func reportsAFrontMatterSyntaxErrorAtItsLineInTheFile() {
        let problems = LessonTestSupport.validate(
            "---\nid: yaml\ntitle: [unclosed\nminutes: 5\n---\n## One {#one}\nText.\n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3, "\(problems)")
        #expect(problems.first?.message.contains("the front matter is not valid YAML") == true)
    }

    @Test func acceptsAWellFormedLesson() {
        let text = """
            ---
            id: fine
            title: Fine
            minutes: 5
            scenario: checkout
            ---
            ## Break {#break}
            Break one link, then all of them.
            ```tracelab
            run checkout --off gateway:billing --off=billing:payment-provider --seed 4
            propagation off enrollment:notification-worker
            propagation on all
            ```
            """
        #expect(LessonTestSupport.validate(text).isEmpty)
    }

    @Test func checksBoundariesAgainstTheScenarioInUse() {
        let text = """
            ---
            id: two-shops
            title: Two shops
            minutes: 5
            ---
            ## Any {#any}
            Before any run, a boundary of any scenario is fine.
            ```tracelab
            propagation off shelf:till
            ```
            ## Books {#books}
            Now the bookshop.
            ```tracelab
            run bookshop
            propagation off gateway:billing
            ```
            """
        let problems = LessonValidator.validate(
            text: text, file: "two.md", isKnownCommand: LessonTestSupport.isKnownCommand,
            knownScenarios: ["checkout": ["gateway:billing"], "bookshop": ["shelf:till"]], knownQuizzes: [])
        #expect(problems.map(\.line) == [15])
        #expect(
            problems.first?.message.contains(
                "which scenario 'bookshop' does not have; boundaries: shelf:till") == true)
    }

    @Test func validatesALessonBuiltInCode() {
        let lesson = Lesson(
            id: "built", title: "Built", minutes: 5, quiz: "missing",
            steps: [
                LessonStep(
                    id: "one", title: "One",
                    parts: [.text("Hi."), .commands([LessonCommand(text: "dance", line: 3)])],
                    line: 1),
                LessonStep(id: "one", title: "Again", parts: [], line: 7),
            ],
            frontMatterLines: ["quiz": 1])
        let problems = LessonValidator.validate(
            lesson, file: "built.md", isKnownCommand: LessonTestSupport.isKnownCommand,
            knownScenarios: LessonTestSupport.knownScenarios, knownQuizzes: LessonTestSupport.knownQuizzes)
        #expect(
            problems.map(\.description) == [
                "built.md:1: unknown quiz 'missing'; known quizzes: knowledge-check",
                "built.md:3: 'dance': unknown command 'dance'; type 'help' for the list",
                "built.md:7: step id 'one' is already used on line 1; give this step its own id",
                "built.md:7: step 'Again' has no text; write what the learner should read here",
            ])
    }
}
