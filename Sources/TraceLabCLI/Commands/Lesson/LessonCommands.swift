import ArgumentParser
import TraceLabCore

/// `lesson`: shows the step you are on (the REPL also uses it to greet you).
public struct ShowLessonCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Show the lesson step you are on.")

    /// Greets a new or returning learner before showing the step.
    @Flag(help: .hidden) public var welcome = false

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the greeting (when asked) and the current step.
    public func execute(in context: CommandContext) throws {
        let session = try LessonSession(context: context, global: global)
        let views = LessonViews(context: context, global: global)
        if welcome {
            context.output.write(views.welcome(session))
            if session.isNew { try session.save() }
        }
        context.output.write(views.step(session))
    }
}

/// `next`: marks this step done and shows the next one (Enter on an empty line does the same).
public struct NextCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Go to the next step (Enter on an empty line does the same).")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves forward one step, or says the lesson is finished.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        let views = LessonViews(context: context, global: global)
        let last = session.lesson.steps.count - 1
        if session.currentIndex == last {
            try session.move(to: last, markingCurrentDone: true, now: context.environment.now())
            context.output.write(views.finished(session))
            return
        }
        try session.move(
            to: session.currentIndex + 1, markingCurrentDone: true, now: context.environment.now())
        context.output.write(views.step(session))
    }
}

/// `back`: shows the previous step.
public struct BackCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(commandName: "back", abstract: "Go back one step.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves back one step, or says this is the first.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        guard session.currentIndex > 0 else {
            throw CLIError.usage("this is the first step; type 'next' or press Enter to go on")
        }
        try session.move(
            to: session.currentIndex - 1, markingCurrentDone: false, now: context.environment.now())
        context.output.write(LessonViews(context: context, global: global).step(session))
    }
}

/// `goto <step>`: jumps to a step by id or number.
public struct GotoCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "goto", abstract: "Jump to a step by its id or number (see 'steps').")

    /// A step id or 1-based number.
    @Argument(help: ArgumentHelp("A step id or number from 'steps'.", valueName: "step"))
    public var step: String

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves to the step, or lists where to look.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        guard let index = session.index(of: step) else {
            throw CLIError.usage(
                "there is no step '\(TextSafety.clean(step))'; give a number from 1 to \(session.lesson.steps.count) "
                    + "or an id from 'steps'")
        }
        try session.move(to: index, markingCurrentDone: false, now: context.environment.now())
        context.output.write(LessonViews(context: context, global: global).step(session))
    }
}

/// `steps`: the table of contents with done and current marks.
public struct StepsCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "steps", abstract: "List the lesson's steps, marking those done and the one you are on.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the table of contents.
    public func execute(in context: CommandContext) throws {
        let session = try LessonSession(context: context, global: global)
        context.output.write(LessonViews(context: context, global: global).contents(session))
    }
}

/// `try [n]`: runs the commands the current step suggests.
public struct TryCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "try", abstract: "Run the commands the current step suggests (all, or only the n-th).")

    /// Which suggested command to run (1-based); all when absent.
    @Argument(help: ArgumentHelp("Run only this suggested command (1, 2, ...).", valueName: "n"))
    public var number: Int?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Runs each suggested command through the shared grammar, echoing it first.
    public func execute(in context: CommandContext) throws {
        let session = try LessonSession(context: context, global: global)
        let commands = session.current.commands
        guard !commands.isEmpty else {
            throw CLIError.usage("this step suggests no commands; type 'next' to go on")
        }
        let chosen: [LessonCommand]
        if let number {
            guard (1...commands.count).contains(number) else {
                throw CLIError.usage(
                    "this step suggests \(commands.count) command(s); give a number from 1 to \(commands.count)"
                )
            }
            chosen = [commands[number - 1]]
        } else {
            chosen = commands
        }
        for command in chosen {
            context.output.line("› \(TextSafety.clean(command.text))")
            let words = try CommandLineTokenizer.words(command.text)
            _ = CommandDispatcher.run(words, in: context)
        }
    }
}
