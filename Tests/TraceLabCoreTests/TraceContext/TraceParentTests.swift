import Testing
import TraceLabCore

@Suite("traceparent parsing")
struct TraceParentTests {
    typealias Rule = TraceContextViolation.Rule
    static let traceID = TraceContextSamples.traceID
    static let parentID = TraceContextSamples.parentID

    static let version00Values: [(String, UInt8)] = [
        ("00-\(traceID)-\(parentID)-01", 0x01),
        ("00-\(traceID)-\(parentID)-00", 0x00),
        ("00-\(traceID)-\(parentID)-09", 0x09),
        ("00-\(traceID)-\(parentID)-ff", 0xff),
    ]

    @Test("accepts version 00 and reads every field", arguments: version00Values)
    func acceptsVersion00(value: String, flags: UInt8) throws {
        let parent = try TraceParent.parse(value)
        #expect(parent.version == 0)
        #expect(parent.traceID.hex == Self.traceID)
        #expect(parent.parentID.hex == Self.parentID)
        #expect(parent.flags.rawValue == flags)
    }

    @Test(
        "ignores spaces and tabs around the value",
        arguments: [
            " \(TraceContextSamples.traceparent)", "\t\(TraceContextSamples.traceparent)",
            "\(TraceContextSamples.traceparent) ", "\(TraceContextSamples.traceparent)\t",
            "\t \(TraceContextSamples.traceparent) \t",
        ])
    func trimsOptionalWhitespace(value: String) throws {
        #expect(try TraceParent.parse(value) == TraceParent.parse(TraceContextSamples.traceparent))
    }

    static let higherVersionValues: [(String, UInt8)] = [
        ("cc-\(traceID)-\(parentID)-01", 0xcc),
        ("cc-\(traceID)-\(parentID)-01-what-the-future-will-be-like", 0xcc),
        ("01-\(traceID)-\(parentID)-01-", 0x01),
        ("fe-\(traceID)-\(parentID)-01-x", 0xfe),
    ]

    @Test(
        "reads the first four fields of a higher version and ignores the rest", arguments: higherVersionValues
    )
    func acceptsHigherVersions(value: String, version: UInt8) throws {
        let parent = try TraceParent.parse(value)
        #expect(parent.version == version)
        #expect(parent.traceID.hex == Self.traceID)
        #expect(parent.parentID.hex == Self.parentID)
        #expect(parent.flags == .sampled)
    }

    static let shapeViolations: [(String, Rule)] = [
        ("", .empty),
        (" \t ", .empty),
        ("00\(traceID)\(parentID)01", .malformed),
        ("00-\(traceID)-\(parentID)", .malformed),
        ("00-\(traceID)", .malformed),
        (".0-\(traceID)-\(parentID)-01", .versionFormat),
        ("0.-\(traceID)-\(parentID)-01", .versionFormat),
        ("000-\(traceID)-\(parentID)-01", .versionFormat),
        ("0000-\(traceID)-\(parentID)-01", .versionFormat),
        ("0-\(traceID)-\(parentID)-01", .versionFormat),
        ("0A-\(traceID)-\(parentID)-01", .versionFormat),
        ("ff-\(traceID)-\(parentID)-01", .versionForbidden),
        ("00-\(traceID)-\(parentID)-01-what-the-future-will-be-like", .version00ExtraFields),
        ("00-\(traceID)-\(parentID)-01-", .version00ExtraFields),
        ("cc-\(traceID)-\(parentID)-01.what-the-future-will-be-like", .higherVersionTrailingData),
        ("cc-\(traceID)-\(parentID)-0", .higherVersionTooShort),
        ("cc-\(traceID)-\(parentID)", .higherVersionTooShort),
        ("cc-\(String(repeating: "a", count: 60))", .malformed),
    ]

    @Test("rejects a value breaking the shape or version rules", arguments: shapeViolations)
    func rejectsShapeAndVersion(value: String, rule: Rule) {
        #expect(throws: TraceContextViolation.self) { try TraceParent.parse(value) }
        #expect(violation(of: value)?.rule == rule)
    }

    static let traceIDViolations: [(String, Rule)] = [
        (TraceContextSamples.withTraceID(".2345678901234567890123456789012"), .traceIDCharacters),
        (TraceContextSamples.withTraceID("1234567890123456789012345678901."), .traceIDCharacters),
        (TraceContextSamples.withTraceID("4BF92F3577B34DA6A3CE929D0E0E4736"), .traceIDCharacters),
        (TraceContextSamples.withTraceID("123456789012345678901234567890123"), .traceIDLength),
        (TraceContextSamples.withTraceID("1234567890123456789012345678901"), .traceIDLength),
        (TraceContextSamples.withTraceID(""), .traceIDLength),
        (TraceContextSamples.withTraceID(String(repeating: "0", count: 32)), .traceIDAllZeros),
        ("cc-\(String(repeating: "0", count: 32))-\(parentID)-01-x", .traceIDAllZeros),
        ("cc-\(traceID.uppercased())-\(parentID)-01", .traceIDCharacters),
    ]

    @Test(
        "rejects a trace-id that is not 32 lowercase hex digits or is all zeros", arguments: traceIDViolations
    )
    func rejectsTraceID(value: String, rule: Rule) {
        #expect(violation(of: value)?.rule == rule)
    }

    static let parentIDViolations: [(String, Rule)] = [
        (TraceContextSamples.withParentID(".234567890123456"), .parentIDCharacters),
        (TraceContextSamples.withParentID("123456789012345."), .parentIDCharacters),
        (TraceContextSamples.withParentID("00F067AA0BA902B7"), .parentIDCharacters),
        (TraceContextSamples.withParentID("12345678901234567"), .parentIDLength),
        (TraceContextSamples.withParentID("123456789012345"), .parentIDLength),
        (TraceContextSamples.withParentID("0000000000000000"), .parentIDAllZeros),
    ]

    @Test(
        "rejects a parent-id that is not 16 lowercase hex digits or is all zeros",
        arguments: parentIDViolations)
    func rejectsParentID(value: String, rule: Rule) {
        #expect(violation(of: value)?.rule == rule)
    }

    static let flagsViolations: [(String, Rule)] = [
        (TraceContextSamples.withFlags(".0"), .flagsCharacters),
        (TraceContextSamples.withFlags("0."), .flagsCharacters),
        (TraceContextSamples.withFlags("0A"), .flagsCharacters),
        (TraceContextSamples.withFlags("0é"), .flagsCharacters),
        (TraceContextSamples.withFlags("001"), .flagsLength),
        (TraceContextSamples.withFlags("1"), .flagsLength),
        (TraceContextSamples.withFlags("01."), .flagsLength),
        ("cc-\(traceID)-\(parentID)-0x-future", .flagsCharacters),
        ("cc-\(traceID)-\(parentID)-1-future-fields", .flagsLength),
    ]

    @Test("rejects trace-flags that are not 2 lowercase hex digits", arguments: flagsViolations)
    func rejectsFlags(value: String, rule: Rule) {
        #expect(violation(of: value)?.rule == rule)
    }

    @Test("an all-zero trace-id message names the rule and the fix")
    func allZeroTraceIDMessage() {
        let zeros = String(repeating: "0", count: 32)
        #expect(
            violation(of: TraceContextSamples.withTraceID(zeros))?.description
                == "trace-id is all zeros: the spec forbids \(zeros); generate a random one")
    }

    @Test("an uppercase digit is pointed at and the lowercase form suggested")
    func uppercaseMessage() throws {
        let message = try #require(violation(of: TraceContextSamples.withParentID("00f067aa0bA902b7")))
            .description
        #expect(message.contains("'A' at position 11"))
        #expect(message.contains("write 'a'"))
    }

    @Test("version 00 trailing data is quoted in the message")
    func trailingDataMessage() throws {
        let value = TraceContextSamples.traceparent + "-extra"
        #expect(try #require(violation(of: value)).detail.contains("remove '-extra'"))
    }

    static let downgrades: [(String, String)] = [
        ("00-\(traceID)-\(parentID)-01", "00-\(traceID)-\(parentID)-01"),
        ("00-\(traceID)-\(parentID)-09", "00-\(traceID)-\(parentID)-01"),
        ("00-\(traceID)-\(parentID)-fe", "00-\(traceID)-\(parentID)-00"),
        ("cc-\(traceID)-\(parentID)-01-what-the-future-will-be-like", "00-\(traceID)-\(parentID)-01"),
    ]

    @Test("sends version 00 with only the sampled bit, whatever was received", arguments: downgrades)
    func headerValueDowngrades(received: String, sent: String) throws {
        #expect(try TraceParent.parse(received).headerValue == sent)
    }

    private func violation(of value: String) -> TraceContextViolation? {
        do {
            _ = try TraceParent.parse(value)
            return nil
        } catch {
            return error
        }
    }

    /// Characters on either side of the ranges of lowercase hex digits, and others no field allows.
    static let nonDigits: [UInt8] = Array("/:`g@AFGz- .".utf8) + [0x00, 0x7F, 0x80, 0xB0, 0xE1, 0xFF]

    @Test("writes and reads random ids exactly, and refuses any id or flags digit replaced by a non-digit")
    func randomIDsAndReplacedDigits() throws {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let traceID = TraceID(high: generator.next(), low: generator.next() | 1)
            let parentID = SpanID(generator.next() | 1)
            let flags = TraceFlags(rawValue: UInt8.random(in: 0...1, using: &generator))
            let value = TraceParent(traceID: traceID, parentID: parentID, flags: flags).headerValue
            let digits = String(parentID.value, radix: 16)
            #expect(parentID.hex == String(repeating: "0", count: 16 - digits.count) + digits)
            #expect(value.contains("-\(traceID.hex)-\(parentID.hex)-"))
            let parent = try TraceParent.parse(value)
            #expect(parent.traceID == traceID && parent.parentID == parentID && parent.flags == flags)
            let position = [Int](3..<35) + [Int](36..<52) + [53, 54]
            let at = try #require(position.randomElement(using: &generator))
            for replacement in Self.nonDigits {
                var bytes = Array(value.utf8)
                bytes[at] = replacement
                let broken = String(decoding: bytes, as: UTF8.self)
                #expect(throws: TraceContextViolation.self, "\(broken)") { try TraceParent.parse(broken) }
            }
            var changed = Array(value.utf8)
            changed[at] = changed[at] == UInt8(ascii: "f") ? UInt8(ascii: "0") : UInt8(ascii: "f")
            let other = try TraceParent.parse(String(decoding: changed, as: UTF8.self))
            #expect(other != parent)
        }
    }
}
