import TraceLabCore

/// The `sampling` object of `run --format json`: what the run's sampling kept and lost.
struct SamplingJSON: Encodable {
    struct Broken: Encodable {
        let traceId: String
        let service: String
        let reason: String
    }

    struct Buffering: Encodable {
        let decisionWaitMs: Double
        let meanHoldMs: Double
        let longestHoldMs: Double
        let peakSpansHeld: Int
    }

    let policy: String
    let samplers: [String: String]
    let keptTraces: Int
    let droppedTraces: Int
    let keptSpans: Int
    let totalSpans: Int
    let keptBytes: Int
    let totalBytes: Int
    let keptBytesPerDay: Double
    let totalBytesPerDay: Double
    let errorTracesKept: Int
    let errorTracesTotal: Int
    let slowestTracesKept: Int
    let slowestTracesTotal: Int
    let brokenTraces: Int
    let broken: [Broken]
    let tailBuffering: Buffering?

    init(_ report: SamplingReport) {
        policy = report.settings.policy.description
        samplers = report.settings.samplers.mapValues(\.description)
        keptTraces = report.keptTraces
        droppedTraces = report.droppedTraces
        keptSpans = report.keptSpans
        totalSpans = report.totalSpans
        keptBytes = report.keptBytes
        totalBytes = report.totalBytes
        keptBytesPerDay = report.perDay(report.keptBytes).rounded()
        totalBytesPerDay = report.perDay(report.totalBytes).rounded()
        errorTracesKept = report.errorTracesKept
        errorTracesTotal = report.errorTracesTotal
        slowestTracesKept = report.slowestKept
        slowestTracesTotal = report.slowestTraces.count
        brokenTraces = report.brokenTraces.count
        broken = report.brokenTraces.map {
            Broken(traceId: $0.traceID.hex, service: $0.service, reason: $0.reason.rawValue)
        }
        tailBuffering = report.buffering.map {
            Buffering(
                decisionWaitMs: Double($0.decisionWaitNanos) / 1e6,
                meanHoldMs: Double($0.meanHoldNanos) / 1e6,
                longestHoldMs: Double($0.longestHoldNanos) / 1e6, peakSpansHeld: $0.peakSpansHeld)
        }
    }
}
