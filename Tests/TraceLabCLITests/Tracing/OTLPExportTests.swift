import Foundation
import Testing

/// `run --format otlp` is an OTLP/JSON ExportTraceServiceRequest a collector would accept.
@Suite struct OTLPExportTests {
    let request: OTLPRequestMirror

    init() throws {
        let app = try TestApp()
        let result = app.run(["run", "checkout", "--format", "otlp"])
        try #require(result.exitCode == 0)
        request = try app.decode(OTLPRequestMirror.self, from: result)
    }

    var spans: [OTLPRequestMirror.Span] { request.resourceSpans.flatMap(\.scopeSpans).flatMap(\.spans) }

    @Test func oneResourcePerService() {
        let services = request.resourceSpans.compactMap(\.resource.serviceName)
        #expect(services.count == request.resourceSpans.count)
        #expect(
            Set(services) == ["gateway", "billing", "payment-provider", "enrollment", "notification-worker"])
        #expect(services.count == Set(services).count)
    }

    @Test func idsAreLowercaseHexOfTheRightLength() {
        #expect(spans.count == 11)
        for span in spans {
            #expect(span.traceId.count == 32 && Self.isLowerHex(span.traceId))
            #expect(span.spanId.count == 16 && Self.isLowerHex(span.spanId))
            if let parent = span.parentSpanId {
                #expect(parent.count == 16 && Self.isLowerHex(parent))
            }
        }
        #expect(Set(spans.map(\.traceId)).count == 1)
        #expect(spans.filter { $0.parentSpanId == nil }.count == 1)
    }

    @Test func parentsAreSpansOfTheRequest() {
        let ids = Set(spans.map(\.spanId))
        #expect(spans.compactMap(\.parentSpanId).allSatisfy(ids.contains))
    }

    @Test func kindsTimesAndStatusesUseTheProtobufEncoding() throws {
        for span in spans {
            #expect((1...5).contains(span.kind))
            let start = try #require(UInt64(span.startTimeUnixNano))
            let end = try #require(UInt64(span.endTimeUnixNano))
            #expect(start <= end)
            #expect(start > 1_000_000_000_000_000_000)
            #expect([0, 1, 2].contains(span.status.code))
        }
        #expect(Set(spans.map(\.kind)) == [2, 3, 4, 5])
        #expect(spans.filter { $0.status.code == 2 }.count == 1)
    }

    @Test func everyAttributeValueSetsExactlyOneTypedField() throws {
        let values = spans.flatMap(\.attributes).map(\.value)
        #expect(!values.isEmpty)
        #expect(values.allSatisfy { $0.setFieldCount == 1 })
        for value in values {
            if let integer = value.intValue { #expect(Int64(integer) != nil) }
        }
    }

    private static func isLowerHex(_ text: String) -> Bool {
        text.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }
}
