import Testing

/// A number option given a value out of its range, a negative one included, is refused with a
/// line that names the option and its range, never as if the value were missing; and no help
/// text shows the backslash that only continues a line in the source.
@Suite struct NumberOptionTests {
    @Test(arguments: [
        (["traces", "--limit", "-3"], "--limit must be at least 1, not -3"),
        (["run", "checkout", "--requests", "-5"], "--requests"),
        (["run", "checkout", "--rate", "-5"], "--rate"),
        (["live", "--requests", "-2"], "--requests must be 1...1000, not -2"),
        (["live", "--rate", "-1"], "--rate must be above 0"),
        (["live", "--time-scale", "-1"], "--time-scale must be above 0"),
        (["collect", "--port", "-1"], "--port must be 0...65535, not -1"),
        (["collect", "--quiet", "-5"], "--quiet must be 1...600000 ms, not -5"),
        (["exercise", "endpoint", "--port", "-80"], "--port -80 is not a port"),
    ])
    func negativeValueIsCheckedNotMissing(arguments: [String], expected: String) throws {
        let result = try TestApp().run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.errors.contains(expected), "\(arguments): \(result.errors)")
        #expect(!result.errors.contains("Missing value"))
    }

    @Test(arguments: ["trace", "traces", "metrics", "logs"])
    func helpHasNoSourceLineContinuation(command: String) throws {
        let help = try TestApp().run([command, "--help"]).output
        #expect(!help.contains("\\\n"), "\(command)'s help shows a stray backslash")
        #expect(!help.isEmpty)
    }
}
