import ArgumentParser

/// `tracelab`: the root of the command grammar. With no subcommand it opens the course; every
/// subcommand can also be typed at the course's prompt without the `tracelab` prefix.
public struct RootCommand: ParsableCommand {
    /// The command tree and help text.
    public static let configuration = CommandConfiguration(
        commandName: "tracelab",
        abstract: "Learn distributed tracing by running a simulated checkout and reading its trace.",
        discussion: """
            With no command, opens the lesson where you left off. Any command below can also be \
            typed at the lesson's prompt, without the 'tracelab' prefix.
            """,
        subcommands: commandTypes)

    /// Every command of the grammar, in the order help lists them.
    public static let commandTypes: [any ParsableCommand.Type] = [
        ShowLessonCommand.self, NextCommand.self, BackCommand.self, GotoCommand.self, StepsCommand.self,
        TryCommand.self,
        RunCommand.self, ScenariosCommand.self, BoundariesCommand.self, PropagationCommand.self,
        SamplingCommand.self, SamplerCommand.self, ResetCommand.self,
        TraceCommand.self, WaterfallCommand.self, CriticalCommand.self, HeadersCommand.self, SpanCommand.self,
        TracesCommand.self, MetricsCommand.self, LogsCommand.self,
        TraceparentCommand.self, QuizCommand.self, ReviewCommand.self, ScoresCommand.self, GradeCommand.self,
        CheckCommand.self, QuitCommand.self,
        LiveCommand.self, CollectCommand.self, ServeCommand.self,
        ExerciseCommand.self,
    ]

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command with default options.
    public init() {}
}
