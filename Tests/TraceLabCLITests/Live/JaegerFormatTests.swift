import Foundation
import Testing
import TraceLabCore

/// `--format jaeger` is what Jaeger UI's "Upload" tab reads: its field names, with its types
/// (the mirror below fails to decode a field of another type).
@Suite struct JaegerFormatTests {
    struct Document: Decodable {
        let data: [Trace]
    }

    struct Trace: Decodable {
        let traceID: String
        let spans: [Span]
        let processes: [String: Process]
    }

    struct Span: Decodable {
        let traceID: String
        let spanID: String
        let operationName: String
        let references: [Reference]
        let startTime: UInt64
        let duration: UInt64
        let tags: [Tag]
        let logs: [Log]
        let processID: String
    }

    struct Reference: Decodable {
        let refType: String
        let traceID: String
        let spanID: String
    }

    struct Process: Decodable {
        let serviceName: String
        let tags: [Tag]
    }

    struct Log: Decodable {
        let timestamp: UInt64
        let fields: [Tag]
    }

    /// A tag whose `value` must have the JSON type its `type` names.
    struct Tag: Decodable {
        enum Value: Equatable {
            case string(String)
            case bool(Bool)
            case int64(Int64)
            case float64(Double)
        }

        let key: String
        let value: Value

        enum Keys: String, CodingKey { case key, type, value }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            key = try container.decode(String.self, forKey: .key)
            switch try container.decode(String.self, forKey: .type) {
            case "string": value = .string(try container.decode(String.self, forKey: .value))
            case "bool": value = .bool(try container.decode(Bool.self, forKey: .value))
            case "int64": value = .int64(try container.decode(Int64.self, forKey: .value))
            case "float64": value = .float64(try container.decode(Double.self, forKey: .value))
            case let other:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "type \(other)")
            }
        }
    }

    let document: Document

    init() throws {
        let app = try TestApp()
        let result = app.run(["run", "checkout", "--off", "gateway:billing", "--format", "jaeger"])
        try #require(result.exitCode == 0, "\(result.errors)")
        document = try JSONDecoder().decode(Document.self, from: Data(result.output.utf8))
    }

    var spans: [Span] { document.data.flatMap(\.spans) }

    static func isHex(_ text: String, length: Int) -> Bool {
        text.count == length && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    @Test func oneEntryPerTraceWithItsSpansAndProcesses() {
        #expect(document.data.count == 2)
        #expect(spans.count == 11)
        for trace in document.data {
            #expect(Self.isHex(trace.traceID, length: 32))
            for span in trace.spans {
                #expect(span.traceID == trace.traceID)
                #expect(Self.isHex(span.spanID, length: 16))
                #expect(trace.processes[span.processID] != nil)
            }
        }
        let services = Set(document.data.flatMap { $0.processes.values.map(\.serviceName) })
        #expect(services == ["gateway", "billing", "payment-provider", "enrollment", "notification-worker"])
    }

    @Test func timesAreMicrosecondsOnARealEpoch() {
        for span in spans {
            // Runs start on the lab's fixed epoch; Jaeger reads microseconds since 1970.
            let epochSeconds = RunOptions.fixedEpochNanos / 1_000_000_000
            #expect(span.startTime / 1_000_000 >= epochSeconds)
            #expect(span.startTime / 1_000_000 < epochSeconds + 10)
        }
        let request = spans.first { $0.operationName == "POST /checkout" }
        #expect(request?.duration == 2_800_000)
    }

    @Test func parentsAreChildOfReferencesInTheSameTrace() {
        for trace in document.data {
            let ids = Set(trace.spans.map(\.spanID))
            var roots = 0
            for span in trace.spans {
                let parents = span.references.filter { $0.refType == "CHILD_OF" }
                if parents.isEmpty { roots += 1 }
                for parent in parents {
                    #expect(parent.traceID == trace.traceID)
                    #expect(ids.contains(parent.spanID))
                }
            }
            #expect(roots == 1)
        }
    }

    @Test func kindsErrorsAndEventsAreTagsAndLogs() {
        let tags = spans.flatMap(\.tags)
        #expect(tags.contains { $0.key == "span.kind" && $0.value == .string("server") })
        #expect(tags.contains { $0.key == "error" && $0.value == .bool(true) })
        #expect(
            spans.flatMap(\.logs).contains { log in
                log.fields.contains { $0.key == "event" && $0.value == .string("retry") }
            })
    }
}
