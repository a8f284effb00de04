import TraceLabCore
import TraceLabLive
import TraceLabTerminal

/// The line under a live run's view: which processes took part and what they exported.
enum LiveSummary {
    /// Below this time scale, the scenario's shortest timeout margins shrink to a few
    /// milliseconds, about what real HTTP between processes costs.
    static let tightTimeScale = 0.05

    /// A note for a run at `timeScale` where answers failed although the scenario's timeline has
    /// room: real overhead, not the scenario, pushed calls past their timeouts. Nil otherwise.
    static func tightScaleNote(_ result: LiveLabResult, timeScale: Double) -> String? {
        let failed = result.requestLatencies.count - result.successfulLatencies.count
        guard timeScale < tightTimeScale, failed > 0 else { return nil }
        return TextSanitizer.singleLine(
            "note: \(failed) of \(result.requestLatencies.count) requests failed. At --time-scale "
                + "\(NumberText.compact(timeScale)) a 200 ms margin before a timeout is "
                + "\(NumberText.compact(200 * timeScale)) ms, about what a real HTTP call between processes "
                + "costs; try --time-scale 0.1.")
    }

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
