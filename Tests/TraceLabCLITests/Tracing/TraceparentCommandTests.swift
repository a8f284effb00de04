import Testing

/// `traceparent` decodes a valid header and names the rule an invalid one breaks (exit 65).
@Suite struct TraceparentCommandTests {
    @Test func validHeaderIsDecodedFieldByField() throws {
        let result = try TestApp().run([
            "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        ])
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("accepted"))
        #expect(result.output.contains("version: 00"))
        #expect(result.output.contains("trace-id: 4bf92f3577b34da6a3ce929d0e0e4736"))
        #expect(result.output.contains("parent-id: 00f067aa0ba902b7"))
        #expect(result.output.contains("trace-flags: 01"))
        #expect(result.output.contains("sampled"))
    }

    @Test(arguments: [
        ("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", "not lowercase hex"),
        ("00-00000000000000000000000000000000-00f067aa0ba902b7-01", "trace-id is all zeros"),
        ("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "all zeros"),
        ("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "version ff is forbidden"),
    ])
    func invalidHeaderNamesTheRule(header: String, rule: String) throws {
        let result = try TestApp().run(["traceparent", header])
        #expect(result.exitCode == 65)
        #expect(result.output.contains("rejected"))
        #expect(result.errorLines.count == 1)
        let line = try #require(result.errorLines.first)
        #expect(line.hasPrefix("tracelab: invalid traceparent: "))
        #expect(line.contains(rule))
    }
}
