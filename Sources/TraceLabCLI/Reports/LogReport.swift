import TraceLabCore

/// `logs --format json`: the log records, documented in the README.
struct LogReport: Encodable {
    struct Record: Encodable {
        let timeMs: Double
        let timeUnixNano: String
        let service: String
        let message: String
        let correlationId: String?
        let traceId: String?
        let spanId: String?
    }

    let logs: [Record]

    init(records: [LogRecord], origin: UInt64) {
        logs = records.map { record in
            Record(
                timeMs: (Double(record.timeNanos) - Double(origin)) / 1e6,
                timeUnixNano: String(record.timeNanos),
                service: record.service, message: record.message, correlationId: record.correlationID,
                traceId: record.traceID?.hex, spanId: record.spanID?.hex)
        }
    }
}
