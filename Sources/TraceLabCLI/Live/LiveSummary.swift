import TraceLabCore
import TraceLabLive
import TraceLabTerminal

/// The line under a live run's view: which processes took part and what they exported.
enum LiveSummary {
    /// Below this time scale, the room a scenario leaves between a call's answer and its timeout
    /// (tens or hundreds of milliseconds) shrinks toward what real HTTP between processes costs.
    static let tightTimeScale = 0.05

    /// A note for a run at `timeScale` where answers failed: real overhead, which does not shrink
    /// with the scale, may have pushed calls past their scaled timeouts. Nil otherwise.
    static func tightScaleNote(_ result: LiveLabResult, timeScale: Double) -> String? {
        let failed = result.requestLatencies.count - result.successfulLatencies.count
        guard timeScale < tightTimeScale, failed > 0 else { return nil }
        return TextSanitizer.singleLine(
            "note: \(failed) of \(result.requestLatencies.count) requests failed. --time-scale "
                + "\(NumberText.compact(timeScale)) shrinks every wait and timeout, but not the millisecond or so "
                + "a real HTTP call between processes costs, so calls can miss timeouts the scenario "
                + "meets; try --time-scale 0.1.")
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
