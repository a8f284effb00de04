import ArgumentParser

/// `exercise`: hands-on propagation exercises run against a learner's own service.
public struct ExerciseCommand: ParsableCommand {
    /// Help text and the subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract:
            "Grade your own service's trace-context propagation, get a starter service, or run TraceLab's.",
        discussion: """
            Your service implements the W3C test harness's contract (see README): 'exercise propagation URL' \
            sends it requests and checks the traceparent and tracestate it forwards.
            """,
        subcommands: [
            ExercisePropagationCommand.self, ExerciseStarterCommand.self, ExerciseEndpointCommand.self,
        ])

    /// Creates the command.
    public init() {}
}
