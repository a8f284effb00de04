import Testing
import TraceLabCore

@Suite struct LessonParserTests {
    let text = """
        ---
        id: small-lesson
        title: "A Small Lesson: Traces"
        minutes: 12
        scenario: checkout
        quiz: knowledge-check
        ---

        Welcome to the *small* lesson.

        ## First look {#first-look}

        Run the checkout.

        ```tracelab
        run checkout
          trace
        ```

        Then read the tree.

        ```swift
        ## not a heading
        let x = 1
        ```

        ## Second look {#second-look}

        Look at the timing.

        ~~~tracelab
        waterfall
        ~~~

        ## Last {#last}

        Done.
        """

    @Test func readsFrontMatterAndIntroduction() throws {
        let lesson = try LessonParser.parse(text: text, file: "small.md")
        #expect(lesson.id == "small-lesson")
        #expect(lesson.title == "A Small Lesson: Traces")
        #expect(lesson.minutes == 12)
        #expect(lesson.scenario == "checkout")
        #expect(lesson.quiz == "knowledge-check")
        #expect(lesson.introduction == "Welcome to the *small* lesson.")
        #expect(lesson.frontMatterLines == ["id": 2, "title": 3, "minutes": 4, "scenario": 5, "quiz": 6])
    }

    @Test func readsStepsWithIdsTitlesAndHeadingLines() throws {
        let lesson = try LessonParser.parse(text: text, file: "small.md")
        #expect(lesson.steps.map(\.id) == ["first-look", "second-look", "last"])
        #expect(lesson.steps.map(\.title) == ["First look", "Second look", "Last"])
        #expect(lesson.steps.map(\.line) == [11, 27, 35])
    }

    @Test func keepsCommandsWithTheirLinesAndTheirPlaceInTheBody() throws {
        let lesson = try LessonParser.parse(text: text, file: "small.md")
        let first = lesson.steps[0]
        #expect(
            first.commands == [
                LessonCommand(text: "run checkout", line: 16), LessonCommand(text: "trace", line: 17),
            ])
        #expect(first.parts.count == 3)
        #expect(first.parts[0] == .text("Run the checkout."))
        #expect(first.parts[1] == .commands(first.commands))
        #expect(first.prose.hasPrefix("Run the checkout.\n\nThen read the tree."))
        #expect(!first.prose.contains("run checkout"))
        #expect(first.markdown.contains("```tracelab\nrun checkout\ntrace\n```"))
        #expect(lesson.steps[1].commands == [LessonCommand(text: "waterfall", line: 32)])
    }

    @Test func leavesOtherFencesInTheProseAndIgnoresHeadingsInsideThem() throws {
        let lesson = try LessonParser.parse(text: text, file: "small.md")
        #expect(lesson.steps[0].prose.contains("```swift\n## not a heading\nlet x = 1\n```"))
    }

    @Test func readsWindowsLineEndingsWithTheSameLines() throws {
        let windows = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let lesson = try LessonParser.parse(text: windows, file: "small.md")
        #expect(lesson == (try LessonParser.parse(text: text, file: "small.md")))
    }

    @Test func leavesOptionalFieldsEmptyWhenAbsent() throws {
        let lesson = try LessonParser.parse(
            text: "---\nid: bare\ntitle: Bare\nminutes: 3\n---\n## Only {#only}\nText.\n", file: "bare.md")
        #expect(lesson.scenario == nil)
        #expect(lesson.quiz == nil)
        #expect(lesson.introduction.isEmpty)
        #expect(lesson.steps.map(\.prose) == ["Text."])
    }

    @Test func findsNeighbouringSteps() throws {
        let lesson = try LessonParser.parse(text: text, file: "small.md")
        #expect(lesson.index(of: "second-look") == 1)
        #expect(lesson.index(of: "missing") == nil)
        #expect(lesson.step(id: "last")?.title == "Last")
        #expect(lesson.step(after: "first-look")?.id == "second-look")
        #expect(lesson.step(after: "last") == nil)
        #expect(lesson.step(before: "second-look")?.id == "first-look")
        #expect(lesson.step(before: "first-look") == nil)
        #expect(lesson.step(before: "missing") == nil)
    }

    @Test func throwsTheFirstProblemByLine() throws {
        let text = try LessonTestSupport.fixture("several-problems.md")
        #expect(
            throws: ContentError(
                file: "several.md", line: 4,
                message: "'minutes' in the front matter must be a whole number from 1 to 600, not '0'")
        ) {
            try LessonParser.parse(text: text, file: "several.md")
        }
    }

    @Test func leavesUnknownCommandsAndReferencesToTheValidator() throws {
        let lesson = try LessonParser.parse(
            text: try LessonTestSupport.fixture("unknown-command.md"), file: "x.md")
        #expect(lesson.steps[0].commands.map(\.text) == ["run checkout", "frobnicate now"])
    }
}
