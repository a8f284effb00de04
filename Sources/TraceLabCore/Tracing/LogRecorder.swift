import Instrumentation
import Synchronization

/// Collects the log lines of every simulated service, in the order they were written.
public final class LogRecorder: Sendable {
    private let records = Mutex<[LogRecord]>([])

    /// Creates an empty recorder.
    public init() {}

    /// Adds a line.
    public func record(_ record: LogRecord) {
        records.withLock { $0.append(record) }
    }

    /// Returns every line recorded so far and forgets them.
    public func drain() -> [LogRecord] {
        records.withLock { records in
            defer { records = [] }
            return records
        }
    }
}

/// A service's logger: each line is stamped with the trace and span ids of the context's current
/// span, when there is one, the way OpenTelemetry links logs to traces.
public struct LabLogger: Sendable {
    /// The service writing.
    public let service: String
    /// Where lines go.
    public let recorder: LogRecorder

    /// Creates a logger for `service`.
    public init(service: String, recorder: LogRecorder) {
        self.service = service
        self.recorder = recorder
    }

    /// Writes `message` at `nanos`, with the ids found in `context` and the request's correlation id.
    public func log(
        _ message: String, at nanos: UInt64, context: InstrumentationContext, correlationID: String?
    ) {
        log(message, at: nanos, spanContext: context.spanContext, correlationID: correlationID)
    }

    /// Writes `message` at `nanos`, stamped with `spanContext`'s ids when there is one and with
    /// the request's correlation id.
    public func log(
        _ message: String, at nanos: UInt64, spanContext span: SpanContext?, correlationID: String?
    ) {
        recorder.record(
            LogRecord(
                timeNanos: nanos, service: service, message: message, correlationID: correlationID,
                traceID: span?.traceID, spanID: span?.spanID))
    }
}
