/// Works out completion candidates for a REPL line from a table of commands.
///
/// The first word completes to command names. Later words complete by the command's `CompletionSpec`:
/// a word starting with `-` completes to flag names (and `--flag=` to that flag's values); the word after
/// a flag that takes a value completes to that value; any other word completes to the next positional
/// argument, or to the command's flag names once every positional argument is used up.
/// Candidates are whole words that start with the partial word, sorted and without duplicates.
public struct CompletionEngine: Sendable {
    /// The commands that complete, by name.
    public let commands: [String: CompletionSpec]

    /// An engine completing the commands in `commands`.
    public init(commands: [String: CompletionSpec]) {
        self.commands = commands
    }

    /// The words that could replace the word before `cursor` (a character offset) in `line`.
    public func candidates(line: String, cursor: Int) -> [String] {
        let context = CompletionContext(line: line, cursor: cursor)
        let partial = context.partialWord
        guard let commandName = context.precedingWords.first else {
            return Self.matching(Array(commands.keys), prefix: partial)
        }
        guard let spec = commands[commandName] else { return [] }
        return candidates(for: partial, after: context.precedingWords.dropFirst(), in: spec)
    }

    private func candidates(for partial: String, after words: ArraySlice<String>, in spec: CompletionSpec)
        -> [String]
    {
        var positionalCount = 0
        var valueOf: ArgumentCompletion? = nil
        for word in words {
            if valueOf != nil {
                valueOf = nil
            } else if let flag = Self.flagName(word) {
                if case .value(let completion) = spec.flags[flag], !word.contains("=") {
                    valueOf = completion
                }
            } else {
                positionalCount += 1
            }
        }
        if let valueOf {
            return Self.matching(valueOf.choices, prefix: partial)
        }
        if partial.hasPrefix("-") {
            return flagCandidates(for: partial, in: spec)
        }
        let positional = spec.argument(at: positionalCount)
        if case .nothing = positional, positionalCount >= spec.arguments.count, partial.isEmpty {
            return Self.matching(Array(spec.flags.keys), prefix: "")
        }
        return Self.matching(positional.choices, prefix: partial)
    }

    private func flagCandidates(for partial: String, in spec: CompletionSpec) -> [String] {
        if let equals = partial.firstIndex(of: "=") {
            let flag = String(partial[..<equals])
            guard case .value(let completion) = spec.flags[flag] else { return [] }
            let valuePrefix = String(partial[partial.index(after: equals)...])
            return Self.matching(completion.choices, prefix: valuePrefix).map { "\(flag)=\($0)" }
        }
        return Self.matching(Array(spec.flags.keys), prefix: partial)
    }

    /// The flag name of `word` (`--seed` for `--seed=7`), or `nil` when the word is not a flag.
    private static func flagName(_ word: String) -> String? {
        guard word.hasPrefix("-"), word.count > 1 else { return nil }
        return word.firstIndex(of: "=").map { String(word[..<$0]) } ?? word
    }

    private static func matching(_ words: [String], prefix: String) -> [String] {
        Array(Set(words.filter { $0.hasPrefix(prefix) && !$0.isEmpty })).sorted()
    }
}
