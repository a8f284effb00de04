import Testing

@Test func placeholderTraceLabCoreTests() {
    #expect(Bool(true))
}
