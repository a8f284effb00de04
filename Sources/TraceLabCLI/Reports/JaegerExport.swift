import TraceLabCore

/// `--format jaeger`: the JSON that Jaeger UI's "Upload" tab (JSON file) loads, the same shape
/// as Jaeger's query API answer: `data[]` of traces with `traceID`, `spans` (ids in hex,
/// `operationName`, `references` with the parent as `CHILD_OF`, `startTime` and `duration`
/// in microseconds since the Unix epoch, typed `tags`, `logs`, `processID`) and `processes`
/// (`serviceName` and tags) keyed by process id.
struct JaegerExport: Encodable {
    struct Trace: Encodable {
        let traceID: String
        let spans: [Span]
        let processes: [String: Process]
        let warnings: [String]?
    }

    struct Span: Encodable {
        let traceID: String
        let spanID: String
        let flags: Int
        let operationName: String
        let references: [Reference]
        let startTime: UInt64
        let duration: UInt64
        let tags: [Tag]
        let logs: [Log]
        let processID: String
        let warnings: [String]?
    }

    struct Reference: Encodable {
        let refType: String
        let traceID: String
        let spanID: String
    }

    struct Tag: Encodable {
        let key: String
        let type: String
        let value: Value
    }

    /// A tag's value, typed as the tag's `type` says.
    enum Value: Encodable {
        case string(String)
        case bool(Bool)
        case int64(Int64)
        case float64(Double)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .bool(let flag): try container.encode(flag)
            case .int64(let number): try container.encode(number)
            case .float64(let number): try container.encode(number)
            }
        }
    }

    struct Log: Encodable {
        let timestamp: UInt64
        let fields: [Tag]
    }

    struct Process: Encodable {
        let serviceName: String
        let tags: [Tag]
    }

    let data: [Trace]
    let total = 0
    let limit = 0
    let offset = 0
    let errors: [String]? = nil

    /// The traces of `analysis`; `resources` become each process's tags.
    init(analysis: LabAnalysis, resources: [String: [String: AttributeValue]] = [:]) {
        data = analysis.traces.map { trace in
            var processIDs: [String: String] = [:]
            var processes: [String: Process] = [:]
            for span in trace.spans where processIDs[span.service] == nil {
                let id = "p\(processIDs.count + 1)"
                processIDs[span.service] = id
                processes[id] = Process(
                    serviceName: span.service,
                    tags: Self.tags((resources[span.service] ?? [:]).filter { $0.key != "service.name" }))
            }
            return Trace(
                traceID: trace.traceID.hex,
                spans: trace.spans.map { Self.span($0, processID: processIDs[$0.service] ?? "p1") },
                processes: processes, warnings: nil)
        }
    }

    private static func span(_ span: RecordedSpan, processID: String) -> Span {
        var references: [Reference] = []
        if let parent = span.parentSpanID {
            references.append(Reference(refType: "CHILD_OF", traceID: span.traceID.hex, spanID: parent.hex))
        }
        references += span.links.map {
            Reference(refType: "FOLLOWS_FROM", traceID: $0.traceID.hex, spanID: $0.spanID.hex)
        }
        var tags = tags(span.attributes)
        tags.append(Tag(key: "span.kind", type: "string", value: .string(span.kind.rawValue)))
        if let message = span.status.message {
            tags.append(Tag(key: "error", type: "bool", value: .bool(true)))
            tags.append(Tag(key: "otel.status_description", type: "string", value: .string(message)))
        }
        return Span(
            traceID: span.traceID.hex, spanID: span.spanID.hex, flags: 1, operationName: span.name,
            references: references, startTime: span.startNanos / 1000, duration: span.durationNanos / 1000,
            tags: tags,
            logs: span.events.map { event in
                Log(
                    timestamp: event.timeNanos / 1000,
                    fields: [Tag(key: "event", type: "string", value: .string(event.name))]
                        + Self.tags(event.attributes))
            },
            processID: processID, warnings: nil)
    }

    private static func tags(_ values: [String: AttributeValue]) -> [Tag] {
        values.keys.sorted().map { key in
            switch values[key]! {
            case .string(let text): Tag(key: key, type: "string", value: .string(text))
            case .bool(let flag): Tag(key: key, type: "bool", value: .bool(flag))
            case .int(let number): Tag(key: key, type: "int64", value: .int64(number))
            case .double(let number): Tag(key: key, type: "float64", value: .float64(number))
            }
        }
    }
}
