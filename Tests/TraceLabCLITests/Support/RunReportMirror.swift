/// The documented keys of `run --format json`, decoded strictly: a missing key or a key of the
/// wrong type fails the decoding.
struct RunReportMirror: Decodable {
    struct Propagation: Decodable {
        let enabledByDefault: Bool
        let disabledBoundaries: [String]
    }

    struct Status: Decodable {
        let code: String
        let message: String?
    }

    struct Span: Decodable {
        let spanId: String
        let parentSpanId: String?
        let service: String
        let name: String
        let kind: String
        let startMs: Double
        let endMs: Double
        let durationMs: Double
        let status: Status
        let orphan: Bool
        let onCriticalPath: Bool
        let afterResponse: Bool
    }

    struct Trace: Decodable {
        let traceId: String
        let rootSpanIds: [String]
        let orphanSpanIds: [String]
        let durationMs: Double
        let spans: [Span]
    }

    struct Crossing: Decodable {
        let boundary: String
        let from: String
        let to: String
        let carrier: String
        let attempt: Int
        let propagation: Bool
        let sent: [String: String]
        let received: [String: String]
        let callerTraceId: String
        let calleeTraceId: String
        let lostContext: Bool
    }

    struct LostCrossing: Decodable {
        let boundary: String
        let attempt: Int
        let newTraceId: String
        let candidates: Int
    }

    struct PathStep: Decodable {
        let spanId: String
        let service: String
        let name: String
        let durationMs: Double
    }

    struct Load: Decodable {
        let requests: Int
        let ratePerSecond: Double
        let arrivals: String
    }

    struct Request: Decodable {
        let number: Int
        let arrivalMs: Double
        let correlationId: String
        let traceId: String
        let durationMs: Double
        let error: Bool
    }

    struct ServiceTime: Decodable {
        let service: String
        let ms: Double
    }

    struct Metric: Decodable {
        let service: String
        let operation: String
        let count: Int
        let errors: Int
    }

    let scenario: String
    let seed: UInt64
    let propagation: Propagation
    let userVisibleLatencyMs: Double
    let wholeTraceMs: Double
    let traceCount: Int
    let traces: [Trace]
    let crossings: [Crossing]
    let lostCrossings: [LostCrossing]
    let criticalPath: [PathStep]
    let criticalPathByService: [ServiceTime]
    let dominantService: String?
    let queueWaitMs: Double
    let load: Load
    let requests: [Request]
    let metrics: [Metric]
}
