import Testing

@testable import TraceLabCore

/// Every YAML reader is bounded: size, line length, nesting and alias expansion, each refused
/// with the file, the line and the limit.
@Suite struct ContentLimitsTests {
    /// Nine levels of ten aliases each: 10⁹ values once expanded, from a few hundred bytes.
    static let billionLaughs: String = {
        var lines = ["a0: &a0 [lol]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        lines.append("what-a-trace-is: *a9")
        return lines.joined(separator: "\n")
    }()

    @Test func anAliasBombIsRefusedAtTheLineWhereItCrossesTheLimit() throws {
        let error = try #require(throws: ContentError.self) {
            try ContentNode.parse(Self.billionLaughs, file: "bomb.yaml")
        }
        #expect(error.file == "bomb.yaml")
        #expect(error.line != nil)
        #expect(error.message.contains("more than \(ContentLimits.maximumValues) values"))
        #expect(error.message.contains("aliases"))
    }

    @Test func aFewAliasesStillRead() throws {
        let node = try ContentNode.parse("a: &x [1, 2]\nb: *x\n", file: "small.yaml")
        guard case .mapping(let entries, _) = node else {
            Issue.record("not a mapping")
            return
        }
        #expect(entries.map(\.key) == ["a", "b"])
    }

    /// Documents nested far past the limit: flow lists, flow mappings, block mappings.
    static let deepDocuments: [String: String] = [
        "flow lists": String(repeating: "[\n", count: 100_000),
        "flow mappings": String(repeating: "{a: \n", count: 5_000),
        "block mappings": (0..<200).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(
            separator: "\n"),
    ]

    @Test(arguments: ["flow lists", "flow mappings", "block mappings"])
    func deepNestingIsRefused(shape: String) throws {
        let text = try #require(Self.deepDocuments[shape])
        let error = try #require(throws: ContentError.self) {
            try ContentNode.parse(text, file: "deep.yaml")
        }
        #expect(error.message.contains("nest more than 64 levels"))
    }

    @Test func aFileOverTheSizeLimitIsRefusedWhole() throws {
        let text = String(repeating: "# padding line of comment text\n", count: 40_000)
        let error = try #require(throws: ContentError.self) { try ContentNode.parse(text, file: "big.yaml") }
        #expect(error.line == nil)
        #expect(error.message.contains("1048576-byte"))
    }

    @Test func aLineOverTheLengthLimitIsRefusedWithItsLine() throws {
        let text = "id: x\ntitle: " + String(repeating: "y", count: 20_000) + "\n"
        let error = try #require(throws: ContentError.self) { try ContentNode.parse(text, file: "long.yaml") }
        #expect(error.line == 2)
        #expect(error.message.contains("16384 bytes"))
    }

    @Test func aLessonWithAnOverlongLineIsReportedNotRendered() {
        let text =
            "---\nid: x\ntitle: X\nminutes: 5\n---\n\n## A {#a}\n\n" + String(repeating: "z", count: 20_000)
        let problems = LessonValidator.validate(
            text: text, file: "long.md", isKnownCommand: { _ in nil }, knownScenarios: [:], knownQuizzes: [])
        #expect(problems.contains { $0.message.contains("16384 bytes") })
    }
}
