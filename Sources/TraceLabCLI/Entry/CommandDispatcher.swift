import ArgumentParser
import TraceLabTerminal

/// Parses words with the one command grammar (``RootCommand``) and runs the result. The shell
/// and the REPL both come through here, so the same words always mean the same thing.
public enum CommandDispatcher {
    /// What running a line led to.
    public enum Outcome: Sendable {
        /// The command finished; the exit code a shell would see.
        case finished(Int32)
        /// The words named no command (only global options, or nothing at all).
        case noCommand(GlobalOptions)
        /// The user asked to leave the REPL.
        case quit
    }

    /// Parses and runs `words`, writing messages to the context's outputs.
    public static func run(_ words: [String], in context: CommandContext) -> Outcome {
        if words.first == "help", words.count > 1 {
            return help(for: Array(words.dropFirst()), context: context)
        }
        if let first = words.first, !first.hasPrefix("-"), first != "help", !CommandNames.all.contains(first)
        {
            let suggestion = CommandNames.closest(to: first).map { "did you mean '\($0)'? " } ?? ""
            context.complain(
                prefix(context)
                    + "unknown command '\(TextSafety.clean(String(first.prefix(40))))'; \(suggestion)"
                    + (context.interactive ? "type 'help' for the commands" : "see 'tracelab --help'"))
            return .finished(64)
        }
        let command: any ParsableCommand
        do {
            command = try RootCommand.parseAsRoot(words)
        } catch {
            return .finished(report(parseError: error, context: context))
        }
        switch command {
        case let root as RootCommand:
            return .noCommand(root.global)
        case is QuitCommand:
            return .quit
        case let command as any LabCommand:
            do {
                try command.execute(in: context.applying(command.global))
                return .finished(0)
            } catch let error as CLIError {
                context.complain(prefix(context) + TextSafety.errorLine(error.message))
                return .finished(error.exitCode)
            } catch {
                context.complain(prefix(context) + TextSafety.errorLine("\(error)"))
                return .finished(1)
            }
        default:
            // ArgumentParser's own `help` command, which `--help` also parses to: running it
            // throws the help request for the command it names.
            var help = command
            do {
                try help.run()
                return .finished(0)
            } catch {
                return .finished(report(parseError: error, context: context))
            }
        }
    }

    /// `help [command]`: the root's help, or one command's (the same text `<command> --help` prints).
    private static func help(for words: [String], context: CommandContext) -> Outcome {
        let columns = context.environment.terminalColumns
        guard let name = words.first else {
            context.output.line(RootCommand.helpMessage(columns: columns))
            return .finished(0)
        }
        guard let type = RootCommand.commandTypes.first(where: { $0.configuration.commandName == name })
        else {
            let suggestion = CommandNames.closest(to: name).map { "did you mean '\($0)'? " } ?? ""
            context.complain(
                prefix(context)
                    + "there is no command '\(TextSafety.clean(String(name.prefix(40))))' to explain; "
                    + suggestion + "type 'help' for the list")
            return .finished(64)
        }
        context.output.line(RootCommand.helpMessage(for: type, columns: columns))
        return .finished(0)
    }

    /// Prints a parse failure (or a help request) the way the shell would and returns its exit code.
    private static func report(parseError error: any Error, context: CommandContext) -> Int32 {
        let code = RootCommand.exitCode(for: error).rawValue
        let message = RootCommand.fullMessage(for: error, columns: context.environment.terminalColumns)
        if code == 0 {
            if !message.isEmpty { context.output.line(message) }
            return 0
        }
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? "unrecognised command"
        let cleaned = firstLine.hasPrefix("Error: ") ? String(firstLine.dropFirst(7)) : firstLine
        context.complain(
            prefix(context) + TextSafety.errorLine(cleaned) + hint(for: cleaned, context: context))
        return code == 0 ? 64 : (code == 1 ? 64 : code)
    }

    private static func hint(for message: String, context: CommandContext) -> String {
        context.interactive ? " (type 'help' for the commands)" : " (see 'tracelab --help')"
    }

    private static func prefix(_ context: CommandContext) -> String {
        context.interactive ? "" : "tracelab: "
    }
}

extension CommandContext {
    /// Writes an error message to standard error: one line for scripts and files, wrapped at
    /// word boundaries when a person is reading a terminal, so no word is cut at the edge.
    func complain(_ message: String) {
        guard environment.outputIsTerminal else { return errors.line(message) }
        errors.line(ProseWrapper.wrap(message, style: style(.defaults)))
    }
}
