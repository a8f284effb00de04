import Foundation

/// Wall-clock timing for the benchmark (the only place the project reads a real clock for
/// measuring).
enum Stopwatch {
    /// The fastest of `rounds` runs of `body`, in seconds.
    static func best(rounds: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    static func ms(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }
}
