import Testing

@Test func placeholderTraceLabStoreTests() {
    #expect(Bool(true))
}
