import Testing

/// `next`, `back`, `goto` and `steps` keep the learner's place in the data directory, so every
/// separate invocation (and the next course session) continues from there.
@Suite struct LessonNavigationTests {
    @Test func nextInSeparateInvocationsAdvancesAndMarksStepsDone() throws {
        let app = try TestApp()
        #expect(app.run(["next"]).output.contains("Step 2 of 27"))
        #expect(app.run(["next"]).output.contains("Step 3 of 27"))
        let steps = app.run(["steps"]).output
        #expect(steps.contains(" ✓  1. "))
        #expect(steps.contains(" ✓  2. "))
        #expect(steps.contains(" ▶  3. "))
        #expect(steps.contains("    4. "))
    }

    @Test func gotoByIdOrNumberThenBack() throws {
        let app = try TestApp()
        #expect(app.run(["goto", "traceparent"]).output.contains("Step 10 of 27 · Anatomy of a traceparent"))
        #expect(app.run(["lesson"]).output.contains("Step 10 of 27"))
        #expect(app.run(["back"]).output.contains("Step 9 of 27"))
        #expect(app.run(["goto", "27"]).output.contains("This is the last step"))
        let steps = app.run(["steps"]).output
        #expect(steps.contains(" ▶ 27. "))
        #expect(!steps.contains("✓  9."))
    }

    @Test func nextOnTheLastStepFinishesTheLesson() throws {
        let app = try TestApp()
        _ = app.run(["goto", "27"])
        let result = app.run(["next"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("You have reached the end"))
        #expect(result.output.contains("quiz"))
    }

    @Test(arguments: [
        (["goto", "99"], "there is no step '99'"), (["goto", "nowhere"], "there is no step 'nowhere'"),
        (["back"], "this is the first step"), (["try", "9"], "give a number from 1 to 1"),
    ])
    func wrongMovesAreRefusedWithOneLine(arguments: [String], message: String) throws {
        let result = try TestApp().run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains(message))
    }

    @Test func aNewSessionWelcomesANewLearner() throws {
        let result = try TestApp().repl([])
        #expect(result.exitCode == 0)
        #expect(result.output.hasPrefix("Distributed Tracing Fundamentals"))
        #expect(result.output.contains("27 steps"))
        #expect(result.output.contains("Step 1 of 27"))
        #expect(!result.output.contains("Welcome back"))
    }

    @Test func theNextSessionResumesWhereTheLastOneStopped() throws {
        let app = try TestApp()
        let first = app.repl(["", "", "quit"])
        #expect(first.output.contains("Step 3 of 27"))
        #expect(first.output.contains("Progress saved"))
        let second = app.repl([])
        #expect(second.output.hasPrefix("Welcome back to Distributed Tracing Fundamentals: step 3 of 27"))
        #expect(second.output.contains("Step 3 of 27 · Why it matters"))
        let fromShell = app.run(["goto", "welcome"])
        #expect(fromShell.exitCode == 0)
        #expect(app.repl([]).output.contains("step 1 of 27"))
    }

    @Test func tryRunsTheStepsSuggestedCommands() throws {
        let app = try TestApp()
        _ = app.run(["goto", "checkout-story"])
        let result = app.run(["try"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("› run checkout"))
        #expect(!result.output.contains("› trace"), "run already prints the tree")
        #expect(result.output.components(separatedBy: "root: gateway POST /checkout").count == 2)
        #expect(result.output.contains("billing: 1.9 s of the 2.8 s the user waited"))
    }
}
