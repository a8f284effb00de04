import Testing

/// `scenarios` lists the shipped scenario with its request and every boundary.
@Suite struct ScenariosCommandTests {
    @Test func listsCheckoutWithItsBoundaries() throws {
        let result = try TestApp().run(["scenarios"])
        #expect(result.exitCode == 0)
        #expect(result.output.split(separator: "\n").contains { $0.hasPrefix("checkout ") })
        #expect(result.output.contains("request: gateway"))
        for boundary in ["gateway:billing", "billing:payment-provider", "gateway:enrollment"] {
            #expect(result.output.contains("boundary \(boundary) (HTTP headers)"))
        }
        #expect(result.output.contains("boundary enrollment:notification-worker (message metadata)"))
    }
}
