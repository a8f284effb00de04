import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabExercise
import TraceLabLive

/// `exercise endpoint`: serves TraceLab's own implementation of the exercise's contract until
/// Ctrl-C or SIGTERM, so the exercise (or the official W3C suite) can be pointed at it.
public struct ExerciseEndpointCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "endpoint",
        abstract: "Serve TraceLab's own propagating service (the exercise's reference) until Ctrl-C.",
        discussion: "Prints its URL first. Example: exercise endpoint --port 7777")

    /// The address to listen on.
    @Option(help: ArgumentHelp("The address to listen on.", valueName: "host"))
    public var host: String = "127.0.0.1"

    /// The port; 0 picks a free one.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    public var port: Int = 0

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Listens, prints the URL, and serves until interrupted.
    public func execute(in context: CommandContext) throws {
        guard (0...65535).contains(port) else {
            throw CLIError.usage(
                "--port \(port) is not a port; give a number from 0 to 65535 (0 picks a free one)")
        }
        let endpoint = PropagationExerciseEndpoint(
            host: host, port: port, ids: SeededIDSource(seed: context.environment.makeSeed()))
        let output = context.output
        let host = host
        let port = port
        do {
            try AsyncBridge.wait {
                let server = try await endpoint.start()
                output.line("TraceLab's propagation endpoint listens on \(server.url)/ (Ctrl-C stops it)")
                await InterruptSignal.wait()
                await server.stop()
            }
        } catch {
            throw CLIError.io(
                "cannot listen on \(TextSafety.clean(host)):\(port) (\(error)); choose another --port or --host"
            )
        }
    }
}
