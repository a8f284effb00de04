import Testing
import TraceLabTerminal

@Suite("CompletionListing")
struct CompletionListingTests {
    @Test(
        "Common prefix of candidates",
        arguments: [
            ([String](), ""),
            (["gateway:billing"], "gateway:billing"),
            (["gateway:billing", "gateway:enrollment"], "gateway:"),
            (["on", "off"], "o"),
            (["quit", "run"], ""),
            (["café", "cafétéria"], "café"),
        ])
    func commonPrefix(candidates: [String], expected: String) {
        #expect(CompletionListing.commonPrefix(of: candidates) == expected)
    }

    @Test("Candidates fill columns downwards and fit the width")
    func columns() {
        let rows = CompletionListing.rows(of: ["a", "bb", "ccc", "d", "e"], width: 12)
        #expect(rows == ["a    d", "bb   e", "ccc"])
        #expect(rows.allSatisfy { $0.count <= 12 && !$0.hasSuffix(" ") })
    }

    @Test("All candidates fit on one row when the width allows")
    func oneRow() {
        #expect(CompletionListing.rows(of: ["off", "on"], width: 80) == ["off  on"])
    }

    @Test("A candidate wider than the terminal still gets its own row", arguments: [0, 3, -5])
    func narrow(width: Int) {
        #expect(
            CompletionListing.rows(of: ["gateway:billing", "all"], width: width) == [
                "gateway:billing", "all",
            ])
    }

    @Test("No candidates, no rows")
    func empty() {
        #expect(CompletionListing.rows(of: [], width: 80).isEmpty)
    }
}
