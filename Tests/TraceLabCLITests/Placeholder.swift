import Testing

@Test func placeholderTraceLabCLITests() {
    #expect(Bool(true))
}
