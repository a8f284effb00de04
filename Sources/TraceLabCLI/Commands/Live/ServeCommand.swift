import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabLive

/// `serve`: one service of a scenario as a real HTTP server. Started by `live`, one process
/// per service; documented so a learner can see what each process is.
public struct ServeCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve one service of a scenario over HTTP (internal: 'live' starts these).",
        discussion: """
            Binds 127.0.0.1 on a free port and prints 'listening PORT'. Standard input carries \
            one JSON line with the other services' ports ({"billing": 40123, ...}); end of \
            file on standard input (the parent closing it, or dying) makes the process ship \
            its spans to the hub's OTLP/HTTP collector and exit.

            'serve --exercise-endpoint [--host H] [--port N]' instead serves TraceLab's own \
            implementation of the propagation exercise's contract (the same as 'exercise \
            endpoint'), so the exercise or the official W3C suite can be pointed at it.
            """)

    /// The scenario id or a path to a scenario file.
    @Argument(help: ArgumentHelp("Scenario id or path to a scenario file.", valueName: "scenario"))
    public var scenario: String?

    /// The service this process plays.
    @Option(help: ArgumentHelp("The service to serve.", valueName: "name"))
    public var service: String?

    /// The parent's hub port.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Port of the parent's collector and queue on 127.0.0.1.", valueName: "port"))
    public var hub: Int?

    /// Serve the propagation exercise's reference endpoint instead of a scenario's service.
    @Flag(
        name: .customLong("exercise-endpoint"),
        help: "Serve TraceLab's reference service for 'exercise propagation' until Ctrl-C.")
    public var exerciseEndpoint = false

    /// The address the exercise endpoint listens on.
    @Option(help: ArgumentHelp("With --exercise-endpoint: the address to listen on.", valueName: "host"))
    public var host: String = "127.0.0.1"

    /// The port the exercise endpoint listens on.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --exercise-endpoint: the port; 0 picks a free one.", valueName: "port"))
    public var port: Int = 0

    /// Seed for this process's ids.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Seed for this process's trace and span ids.", valueName: "n"))
    public var seed: UInt64 = 1

    /// Real time per unit of scenario time.
    @Option(
        name: .customLong("time-scale"), parsing: .unconditional,
        help: ArgumentHelp("Multiply every wait by this.", valueName: "f"))
    public var timeScale = 1.0

    /// Propagation on or off everywhere.
    @Option(help: ArgumentHelp("Propagate trace context (on) or not (off).", valueName: "on|off"))
    public var propagation: Switch = .on

    /// Boundaries where propagation is off.
    @Option(
        name: .customLong("off"),
        help: ArgumentHelp("Turn propagation off at one boundary.", valueName: "boundary"))
    public var off: [String] = []

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command with defaults.
    public init() {}

    /// Serves until standard input ends (or, with `--exercise-endpoint`, until interrupted).
    public func execute(in context: CommandContext) throws {
        if exerciseEndpoint {
            var endpoint = ExerciseEndpointCommand()
            endpoint.host = host
            endpoint.port = port
            endpoint.global = global
            return try endpoint.execute(in: context)
        }
        guard let scenarioName = self.scenario, let service, let hub else {
            throw CLIError.usage(
                "serve needs a scenario, --service and --hub (as 'live' starts it), or --exercise-endpoint")
        }
        let scenario = try context.library.scenario(scenarioName)
        try LabBench.checkBoundaries(off, in: scenario)
        guard (1...65535).contains(hub) else {
            throw CLIError.usage("--hub must be a port number, not \(hub)")
        }
        guard timeScale > 0, timeScale <= 100 else {
            throw CLIError.usage("--time-scale must be above 0 and at most 100")
        }
        let settings = ServeSettings(
            scenario: scenario, service: service, hubPort: hub, seed: seed, timeScale: timeScale,
            propagation: PropagationSettings(
                enabledByDefault: propagation == .on, disabledBoundaries: Set(off)),
            processID: ProcessInfo.processInfo.processIdentifier)
        let peers = PeerTable()
        let parent = ParentLink(peers: peers)
        let output = context.output
        do {
            try AsyncBridge.wait { () async throws(LiveError) in
                try await ServiceHost(settings: settings, now: context.environment.nowNanos).run(
                    peers: peers, onListening: { output.line("listening \($0)") },
                    stop: { await parent.ended() })
            }
        } catch {
            throw CLIError(error.message, exitCode: CLIError.unavailableExitCode)
        }
    }
}
