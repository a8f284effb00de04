import ArgumentParser
import TraceLabCore

/// `scenarios`: lists the scenarios with their boundaries.
public struct ScenariosCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "scenarios", abstract: "List the scenarios you can run, with their boundaries.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints each scenario's id, title, request and boundaries; a broken file is listed with its error.
    public func execute(in context: CommandContext) throws {
        let library = context.library
        guard !library.scenarioIDs.isEmpty else {
            throw CLIError.io(
                "no scenarios found in \(library.originDescription); check --content-dir or TRACELAB_CONTENT_DIR"
            )
        }
        var lines: [String] = []
        for id in library.scenarioIDs {
            do {
                let scenario = try library.scenario(id)
                lines.append("\(scenario.id) — \(scenario.title)")
                lines.append("  request: \(scenario.entryService) \(scenario.entryOperation)")
                for boundary in scenario.boundaries {
                    let via = boundary.carrier == .http ? "HTTP headers" : "message metadata"
                    lines.append("  boundary \(boundary.name) (\(via))")
                }
            } catch {
                lines.append("\(id) — cannot be loaded: \(error.message)")
            }
        }
        context.say(lines.joined(separator: "\n"), global)
    }
}
