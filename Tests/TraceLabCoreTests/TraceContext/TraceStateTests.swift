import Testing
import TraceLabCore

@Suite("tracestate parsing")
struct TraceStateTests {
    typealias Rule = TraceContextViolation.Rule

    /// Every character a key may have after the first, and every character a value may have.
    static let allKeyCharacters = "abcdefghijklmnopqrstuvwxyz0123456789_-*/"
    static let allValueCharacters = String(
        decoding: (0x20...0x7E).filter { $0 != 0x2C && $0 != 0x3D }.map { UInt8($0) }, as: UTF8.self)

    static let memberLists: [([String], String)] = [
        (["rojo=00f067aa0ba902b7,congo=t61rcWkgMzE"], "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE"),
        (["foo=1 \t , \t bar=2, \t baz=3"], "foo=1,bar=2,baz=3"),
        (["foo=1\t \t,\t \tbar=2,\t \tbaz=3"], "foo=1,bar=2,baz=3"),
        ([" foo=1"], "foo=1"),
        (["\tfoo=1"], "foo=1"),
        (["foo=1 "], "foo=1"),
        (["foo=1\t"], "foo=1"),
        (["\t foo=1 \t"], "foo=1"),
        (["foo=1,,bar=2"], "foo=1,bar=2"),
        ([",foo=1, ,\t,"], "foo=1"),
        (["foo= 1"], "foo= 1"),
        (["fw529a3039@dt=x,1tenant@sys=y"], "fw529a3039@dt=x,1tenant@sys=y"),
        ([""], ""),
        ([" , "], ""),
        ([], ""),
    ]

    @Test(
        "reads key=value members in order, ignoring spaces, tabs and empty entries around them",
        arguments: memberLists)
    func readsMembers(headers: [String], expected: String) throws {
        #expect(try TraceState.read(headers: headers).headerValue == expected)
        #expect(TraceState.parse(headers: headers).headerValue == expected)
    }

    static let joinedHeaders: [([String], String)] = [
        (["foo=1,bar=2", "rojo=1,congo=2", "baz=3"], "foo=1,bar=2,rojo=1,congo=2,baz=3"),
        (["foo=1", ""], "foo=1"),
        (["", "foo=1"], "foo=1"),
        (["foo=1,", ",bar=2"], "foo=1,bar=2"),
    ]

    @Test("joins several headers in order as one comma-separated list", arguments: joinedHeaders)
    func joinsHeaders(headers: [String], expected: String) {
        #expect(TraceState.parse(headers: headers).headerValue == expected)
    }

    static let duplicateKeys: [([String], String)] = [
        (["foo=1,foo=2"], "foo=1"),
        (["foo=1", "foo=2"], "foo=1"),
        (["a=1,b=2,a=3,c=4"], "a=1,b=2,c=4"),
    ]

    @Test("keeps the first entry of a repeated key", arguments: duplicateKeys)
    func keepsFirstDuplicate(headers: [String], expected: String) {
        #expect(TraceState.parse(headers: headers).headerValue == expected)
    }

    @Test("accepts every allowed key and value character")
    func allowedCharacters() throws {
        for key in ["a" + Self.allKeyCharacters, "0" + Self.allKeyCharacters + "@a" + "_-*/0z"] {
            let state = try TraceState.read(headers: ["\(key)=\(Self.allValueCharacters)"])
            #expect(state.value(forKey: key) == Self.allValueCharacters)
        }
    }

    @Test(
        "accepts keys and values at their longest",
        arguments: [
            String(repeating: "z", count: 256) + "=1",
            String(repeating: "t", count: 241) + "@" + String(repeating: "v", count: 14) + "=1",
            "foo=" + String(repeating: "v", count: 256),
        ])
    func acceptsLongest(member: String) throws {
        #expect(try TraceState.read(headers: [member]).members.count == 1)
    }

    @Test("accepts 32 members across headers and rejects 33")
    func memberLimit() throws {
        let thirtyTwo = [TraceContextSamples.members(1...10), TraceContextSamples.members(11...32)]
        #expect(try TraceState.read(headers: thirtyTwo).members.count == 32)
        let thirtyThree = thirtyTwo + ["m33=33"]
        #expect(violation(of: thirtyThree)?.rule == .tracestateTooManyMembers)
        #expect(TraceState.parse(headers: thirtyThree).isEmpty)
    }

    static let grammarViolations: [(String, Rule)] = [
        ("foo", .tracestateMemberFormat),
        ("foo=1,bar", .tracestateMemberFormat),
        ("=1", .tracestateKeyFormat),
        ("foo =1", .tracestateKeyFormat),
        ("FOO=1", .tracestateKeyFormat),
        ("fOo=1", .tracestateKeyFormat),
        ("foo.bar=1", .tracestateKeyFormat),
        ("1foo=1", .tracestateKeyFormat),
        ("_foo=1", .tracestateKeyFormat),
        ("foo@=1,bar=2", .tracestateKeyFormat),
        ("@foo=1,bar=2", .tracestateKeyFormat),
        ("foo@@bar=1,bar=2", .tracestateKeyFormat),
        ("foo@bar@baz=1,bar=2", .tracestateKeyFormat),
        ("tenant@1sys=1", .tracestateKeyFormat),
        ("_tenant@sys=1", .tracestateKeyFormat),
        ("foo=1," + String(repeating: "z", count: 257) + "=1", .tracestateKeyLength),
        ("foo=1," + String(repeating: "t", count: 242) + "@v=1", .tracestateKeyLength),
        ("foo=1,t@" + String(repeating: "v", count: 15) + "=1", .tracestateKeyLength),
        ("foo=bar=baz", .tracestateValueFormat),
        ("foo=,bar=3", .tracestateValueFormat),
        ("foo= \t ,bar=3", .tracestateValueFormat),
        ("foo=a\tb", .tracestateValueFormat),
        ("foo=caf\u{e9}", .tracestateValueFormat),
        ("foo=a\u{7f}", .tracestateValueFormat),
        ("bar=2,foo=" + String(repeating: "v", count: 257), .tracestateValueLength),
    ]

    @Test("discards the whole list when one member breaks the grammar", arguments: grammarViolations)
    func discardsInvalidList(header: String, rule: Rule) {
        #expect(violation(of: [header])?.rule == rule)
        #expect(TraceState.parse(headers: [header]).isEmpty)
    }

    @Test("a bad key character is pointed at with the allowed set")
    func badKeyMessage() throws {
        let message = try #require(violation(of: ["rojo=1,con.go=2"])).description
        #expect(message.hasPrefix("tracestate key breaks the key grammar: '.' at position 4 of 'con.go'"))
        #expect(message.contains("use a-z, 0-9"))
    }

    @Test("a system id's bad character is counted from the start of the whole key")
    func systemIDPosition() throws {
        #expect(
            try #require(violation(of: ["ten@sy.s=1"])).detail.contains("'.' at position 7 of 'ten@sy.s'"))
    }

    @Test("writes members as key=value joined with commas, and finds values by key")
    func headerValueAndLookup() {
        let state = TraceState(members: [
            .init(key: "congo", value: "t61rcWkgMzE"), .init(key: "rojo", value: "1"),
        ])
        #expect(state.headerValue == "congo=t61rcWkgMzE,rojo=1")
        #expect(state.value(forKey: "rojo") == "1")
        #expect(state.value(forKey: "zipkin") == nil)
    }

    @Test("splits a multi-tenant key into tenant and system")
    func tenantAndSystem() throws {
        let pair = try #require(TraceState.Member(key: "fw529a3039@dt", value: "x").tenantAndSystem)
        #expect(pair.tenant == "fw529a3039")
        #expect(pair.system == "dt")
        #expect(TraceState.Member(key: "rojo", value: "x").tenantAndSystem == nil)
    }

    private func violation(of headers: [String]) -> TraceContextViolation? {
        do {
            _ = try TraceState.read(headers: headers)
            return nil
        } catch {
            return error
        }
    }
}
