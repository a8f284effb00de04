import Testing
import TraceLabCore

@Suite("trace context violations")
struct TraceContextViolationTests {
    @Test("the description is the rule's summary followed by the detail")
    func description() {
        let violation = TraceContextViolation(rule: .versionForbidden, detail: "send version 00")
        #expect(violation.description == "version ff is forbidden: send version 00")
    }

    @Test("every rule has its own summary")
    func summariesAreDistinct() {
        let summaries = TraceContextViolation.Rule.allCases.map(\.summary)
        #expect(Set(summaries).count == summaries.count)
    }

    @Test("every rule points at a section of the spec", arguments: TraceContextViolation.Rule.allCases)
    func specReference(rule: TraceContextViolation.Rule) {
        #expect(rule.specReference.hasPrefix("https://www.w3.org/TR/trace-context/#"))
        #expect(rule.specReference.count > "https://www.w3.org/TR/trace-context/#".count)
    }
}
