import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabLive

/// `collect`: an OTLP/HTTP receiver that prints each trace in the terminal once it is quiet.
public struct CollectCommand: LabCommand {
    /// How each trace is printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// The tree and the critical path.
        case text
        /// One JSON object per trace, one per line.
        case json
    }

    /// The largest request body accepted.
    public static let bodyLimit = 4 * 1024 * 1024
    /// The most spans held while waiting for their traces to go quiet.
    public static let spanLimit = 100_000

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Receive traces over OTLP/HTTP and print each one when it is complete.",
        discussion: """
            Listens for POST /v1/traces in protobuf (application/x-protobuf) or JSON \
            (application/json), as every OpenTelemetry SDK sends with its defaults: set \
            OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 in your service. A trace is printed \
            once no span of it arrived for --quiet milliseconds. Bodies over 4 MiB get 413, \
            malformed ones 400; at most 100,000 spans are held (the oldest trace is printed early \
            past that). Ctrl-C prints what is left and stops.
            """)

    /// The address to bind.
    @Option(help: ArgumentHelp("Address to listen on.", valueName: "address"))
    public var host = "127.0.0.1"

    /// The port to bind.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Port to listen on (0 picks a free one).", valueName: "port"))
    public var port = 4318

    /// Output format.
    @Option(help: "Output format: text or json (one object per trace, one per line).")
    public var format: Format = .text

    /// How long a trace must be quiet before it is printed.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Print a trace once nothing arrived for it for this long.", valueName: "ms"))
    public var quiet = 1000

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command with defaults.
    public init() {}

    /// Listens until interrupted, printing traces as they complete.
    public func execute(in context: CommandContext) throws {
        guard (0...65535).contains(port) else {
            throw CLIError.usage("--port must be 0...65535, not \(port)")
        }
        guard (1...600_000).contains(quiet) else {
            throw CLIError.usage("--quiet must be 1...600000 ms, not \(quiet)")
        }
        let view = CollectedTraceView(style: context.style(global))
        let format = self.format
        let output = context.output
        let errors = context.errors
        let settings = CollectorServer.Settings(
            host: host, port: port, bodyLimit: Self.bodyLimit, spanLimit: Self.spanLimit,
            quiet: .milliseconds(quiet))
        let server = CollectorServer(settings: settings, now: context.environment.nowNanos)
        let host = self.host
        do {
            try AsyncBridge.wait { () async throws(LiveError) in
                try await server.run(
                    onListening: { port in
                        errors.line(
                            "tracelab: collecting OTLP/HTTP traces on http://\(host):\(port)/v1/traces (Ctrl-C stops)"
                        )
                    },
                    onTrace: { batch in
                        switch format {
                        case .text: output.write(view.text(batch) + "\n")
                        case .json: output.line(view.json(batch))
                        }
                    })
            }
        } catch {
            throw CLIError.io(error.message)
        }
    }
}
