import Testing

/// The built program driven through standard input the way a learner (or a script) would:
/// the whole lesson from the first step to the knowledge check, then a second session resumes.
@Suite struct WholeLessonSessionTests {
    static let stepCount = 27

    /// Enter through every step; at the propagation step break one boundary and look at the
    /// trace and the headers; take the quiz at the end.
    static let session: [String] =
        ["steps"] + Array(repeating: "", count: 6)
        + ["propagation off gateway:billing", "trace", "headers"]
        + Array(repeating: "", count: stepCount - 7)
        + ["quiz --no-shuffle", "A", "A", "A", "scores", "quit"]

    @Test func theWholeLessonOnStandardInput() throws {
        let binary = try BuiltBinary()
        let result = try binary.run([], input: Self.session.joined(separator: "\n") + "\n")
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty, "standard error: \(result.errors)")
        #expect(!result.containsEscape)
        let output = result.output

        var position = output.startIndex
        for number in 1...Self.stepCount {
            let header = try #require(
                output.range(of: "Step \(number) of \(Self.stepCount) · ", range: position..<output.endIndex),
                "step \(number) missing or out of order")
            position = header.upperBound
        }

        let switchedOff = try #require(
            output.range(of: "Propagation is now on, except off at gateway:billing"))
        let fragments = try #require(output.range(of: "trace 2 of 2 · "))
        let lostHop = try #require(output.range(of: "billing started a new trace"))
        #expect(switchedOff.upperBound < fragments.lowerBound)
        #expect(fragments.upperBound < lostHop.lowerBound)
        let step7 = try #require(output.range(of: "Step 7 of 27"))
        let step8 = try #require(output.range(of: "Step 8 of 27"))
        #expect(step7.upperBound < switchedOff.lowerBound && lostHop.upperBound < step8.lowerBound)

        let score = try #require(output.range(of: "Score: 3 of 3 (100%) — passed"))
        let lastStep = try #require(output.range(of: "Step 27 of 27"))
        #expect(lastStep.upperBound < score.lowerBound)
        #expect(output.contains("ada      knowledge-check  practice  completed"))
        #expect(output.hasSuffix("Progress saved. See you next time.\n"))

        let second = try binary.run([], input: "quit\n")
        #expect(second.exitCode == 0)
        #expect(second.output.hasPrefix("Welcome back to Distributed Tracing Fundamentals: step 27 of 27"))
        let steps = try binary.run(["steps"])
        #expect(steps.output.contains(" ✓ 26. "))
        #expect(steps.output.contains(" ▶ 27. "))
        let trace = try binary.run(["trace"])
        #expect(trace.output.contains("trace 2 of 2"))
    }

    @Test func endOfInputWithoutQuitSavesAndExitsCleanly() throws {
        let binary = try BuiltBinary()
        let first = try binary.run([], input: "\n\n")
        #expect(first.exitCode == 0)
        #expect(first.errors.isEmpty)
        #expect(first.output.contains("Step 3 of 27"))
        let second = try binary.run([], input: "")
        #expect(second.output.hasPrefix("Welcome back to Distributed Tracing Fundamentals: step 3 of 27"))
    }
}
