import TraceLabCore
import TraceLabLive
import TraceLabTerminal

/// The line under a live run's view: which processes took part and what they exported.
enum LiveSummary {
    static func line(_ result: LiveLabResult) -> String {
        let processes = result.resources.keys.sorted().map { service in
            "\(service) pid \(result.resources[service]?["process.pid"]?.description ?? "?")"
        }
        let spans = result.run.spans.count
        return TextSanitizer.singleLine(
            "live: \(processes.count) processes (\(processes.joined(separator: ", "))) exported "
                + "\(spans) span\(spans == 1 ? "" : "s") over OTLP/HTTP")
    }
}
