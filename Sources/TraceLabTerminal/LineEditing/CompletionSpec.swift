/// What one argument, or a flag's value, completes to.
public enum ArgumentCompletion: Sendable {
    /// A fixed set of words.
    case words([String])
    /// Words worked out each time completion is asked for, such as the step ids of the current lesson.
    case dynamic(@Sendable () -> [String])
    /// Free text such as a number: nothing is offered.
    case nothing

    /// The words this completion offers right now.
    public var choices: [String] {
        switch self {
        case .words(let words): return words
        case .dynamic(let provider): return provider()
        case .nothing: return []
        }
    }
}

/// Whether a flag stands alone or takes a value, and what that value completes to.
public enum FlagCompletion: Sendable {
    /// A switch such as `--verbose`: the next word is not its value.
    case noValue
    /// A flag such as `--seed 7` or `--seed=7`: the next word is its value, completed as given.
    case value(ArgumentCompletion)
}

/// How the words after one command complete.
public struct CompletionSpec: Sendable {
    /// What each positional argument completes to, in order; flags and their values are not counted.
    public let arguments: [ArgumentCompletion]
    /// The flags the command accepts, by full name including the dashes (`--seed`).
    public let flags: [String: FlagCompletion]
    /// Whether the last entry of `arguments` also applies to every later positional argument.
    public let repeatsLastArgument: Bool

    /// A command whose positional arguments complete as `arguments`, accepting `flags`; with
    /// `repeatsLastArgument` the last argument's completion applies to any number of further arguments.
    public init(
        arguments: [ArgumentCompletion] = [],
        flags: [String: FlagCompletion] = [:],
        repeatsLastArgument: Bool = false
    ) {
        self.arguments = arguments
        self.flags = flags
        self.repeatsLastArgument = repeatsLastArgument
    }

    /// The completion for the positional argument at `index` (0 is the first word after the command).
    func argument(at index: Int) -> ArgumentCompletion {
        if index < arguments.count { return arguments[index] }
        if repeatsLastArgument, let last = arguments.last { return last }
        return .nothing
    }
}
