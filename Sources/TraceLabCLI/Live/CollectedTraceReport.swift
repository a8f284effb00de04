import TraceLabCore
import TraceLabLive

/// `collect --format json`: one trace as one JSON object (README, "collect --format json").
struct CollectedTraceReport: Encodable {
    let traceId: String
    let spanCount: Int
    let services: [String]
    let resources: [String: [String: String]]
    let rootSpanIds: [String]
    let orphanSpanIds: [String]
    let durationMs: Double
    let printedEarly: Bool
    let spans: [RunReport.Span]
    let criticalPath: [RunReport.PathStep]

    init(analysis: LabAnalysis, batch: TraceCollector.Batch) {
        let report = RunReport(analysis: analysis, seed: 0, propagation: .allOn)
        let trace = analysis.traces.first
        traceId = trace?.traceID.hex ?? ""
        spanCount = batch.spans.count
        services = Set(analysis.run.spans.map(\.service)).sorted()
        resources = batch.resources.mapValues { $0.mapValues(\.description) }
        rootSpanIds = trace?.roots.map(\.hex) ?? []
        orphanSpanIds = trace?.orphans.map(\.hex) ?? []
        durationMs = Double(trace?.durationNanos ?? 0) / 1e6
        printedEarly = batch.early
        spans = report.traces.first?.spans ?? []
        criticalPath = report.criticalPath
    }
}
