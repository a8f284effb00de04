import ArgumentParser

/// `help` at the prompt: the command list grouped by purpose, or one command's full help (the
/// same text `tracelab help <command>` prints in the shell).
enum ReplHelp {
    static let groups: [(title: String, commands: [any ParsableCommand.Type])] = [
        (
            "Lesson",
            [
                ShowLessonCommand.self, NextCommand.self, BackCommand.self, GotoCommand.self,
                StepsCommand.self,
                TryCommand.self,
            ]
        ),
        (
            "Lab",
            [
                RunCommand.self, ScenariosCommand.self, BoundariesCommand.self, PropagationCommand.self,
                SamplingCommand.self, SamplerCommand.self, ResetCommand.self, TraceCommand.self,
                WaterfallCommand.self, CriticalCommand.self,
                HeadersCommand.self,
                SpanCommand.self, TraceparentCommand.self,
            ]
        ),
        ("Quiz", [QuizCommand.self, ReviewCommand.self, ScoresCommand.self, GradeCommand.self]),
        ("Exercise", [ExerciseCommand.self]),
        ("Other", [CheckCommand.self, QuitCommand.self]),
    ]

    static func text(for words: [String], context: CommandContext) -> String? {
        if !words.isEmpty {
            return nil
        }
        var lines = ["Commands (Enter on an empty line = next step; 'help <command>' for details):"]
        for group in groups {
            lines.append("")
            lines.append(group.title)
            for type in group.commands {
                let name = type.configuration.commandName ?? ""
                lines.append(
                    "  " + name.padding(toLength: 12, withPad: " ", startingAt: 0)
                        + type.configuration.abstract)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
