import Testing

@Test func placeholderTraceLabTerminalTests() {
    #expect(Bool(true))
}
