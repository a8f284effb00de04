import Testing

/// `headers <boundary>` shows only that boundary's crossings, numbered as in the whole list.
@Suite struct HeadersBoundaryTests {
    @Test func oneBoundarysCrossingsKeepTheirNumbers() throws {
        let app = try TestApp()
        _ = app.run(["run", "checkout", "--off", "gateway:billing"])
        let all = app.run(["headers"])
        let one = app.run(["headers", "gateway:enrollment"])
        #expect(one.exitCode == 0)
        #expect(all.output.contains("4. gateway:enrollment"))
        #expect(one.output.contains("4. gateway:enrollment"))
        #expect(!one.output.contains("1. gateway:billing"))
        #expect(!one.output.contains("billing:payment-provider"))
        #expect(one.output.split(separator: "\n").count < all.output.split(separator: "\n").count)
    }

    @Test func anUnknownBoundaryIsAUsageError() throws {
        let app = try TestApp()
        let result = app.run(["headers", "gateway:nowhere"])
        #expect(result.exitCode == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("choose one of: gateway:billing"))
    }
}
