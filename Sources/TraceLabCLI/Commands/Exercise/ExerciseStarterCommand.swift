import ArgumentParser
import Foundation
import TraceLabCore

/// `exercise starter --lang L [DIR]`: writes a starter service for the exercise into a folder,
/// never over an existing file.
public struct ExerciseStarterCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "starter",
        abstract: "Write a starter service for the propagation exercise (propagation left as a TODO).",
        discussion: "Example: exercise starter --lang python my-service")

    /// The starter's language.
    @Option(help: ArgumentHelp("python, node, go or swift.", valueName: "language"))
    public var lang: StarterLanguage

    /// Where to write it.
    @Argument(
        help: ArgumentHelp("The folder to write into (default: propagation-<language>).", valueName: "dir"))
    public var directory: String?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Writes the files and says how to run them.
    public func execute(in context: CommandContext) throws {
        let folder = URL(fileURLWithPath: directory ?? "propagation-\(lang.rawValue)", isDirectory: true)
        let files = StarterKit.files(for: lang)
        let manager = FileManager.default
        for file in files where manager.fileExists(atPath: folder.appendingPathComponent(file.path).path) {
            throw CLIError.io(
                "\(TextSafety.clean(folder.appendingPathComponent(file.path).path)) already exists; "
                    + "give a new or empty folder so nothing is overwritten")
        }
        do {
            for file in files {
                let target = folder.appendingPathComponent(file.path)
                try manager.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: target, options: .withoutOverwriting)
            }
        } catch {
            throw CLIError.io(
                "cannot write the starter into \(TextSafety.clean(folder.path)): \(error.localizedDescription)"
            )
        }
        let shown = TextSafety.clean(directory ?? "propagation-\(lang.rawValue)")
        context.output.line(
            "Wrote the \(lang.rawValue) starter to \(shown)/ (\(files.map(\.path).joined(separator: ", "))).\n"
                + "Read \(shown)/README.md: it says how to run the service and check it with "
                + "'tracelab exercise propagation'.")
    }
}

extension StarterLanguage: ExpressibleByArgument {}
