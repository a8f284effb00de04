import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `quiz --format junit` is well-formed XML with one test case per question and a failure for
/// each question not fully right.
@Suite struct JUnitReportTests {
    /// The elements of an XML document, in order, with their attributes.
    final class ElementCollector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String]
        ) {
            elements.append((elementName, attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }

    func parse(_ xml: String) throws -> ElementCollector {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        try #require(parsed, "not well-formed XML: \(String(describing: parser.parserError))")
        return collector
    }

    @Test func passingRunHasNoFailures() throws {
        let result = try TestApp().run(["quiz", "knowledge-check", "--answers", "A,A,A", "--format", "junit"])
        #expect(result.exitCode == 0)
        #expect(result.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        let document = try parse(result.output)
        #expect(document.elements.first?.name == "testsuites")
        let cases = document.elements.filter { $0.name == "testcase" }
        #expect(
            cases.map { $0.attributes["name"] } == [
                "what-a-trace-is", "why-propagation", "beyond-correlation-ids",
            ])
        #expect(!document.elements.contains { $0.name == "failure" })
        let suite = try #require(document.elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["tests"] == "3" && suite.attributes["failures"] == "0")
    }

    @Test func failedQuestionsBecomeFailuresWithTheExplanation() throws {
        let result = try TestApp().run(["quiz", "knowledge-check", "--answers", "A,B,C", "--format", "junit"])
        #expect(result.exitCode == 1)
        let document = try parse(result.output)
        let failures = document.elements.filter { $0.name == "failure" }
        #expect(failures.count == 2)
        #expect(failures.allSatisfy { $0.attributes["message"] == "wrong: 0 of 1" })
        #expect(document.text.contains("Propagation is what carries the trace context"))
        let suite = try #require(document.elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["failures"] == "2")
    }

    @Test func aLearnerNameFullOfMarkupStaysWellFormed() throws {
        let result = try TestApp().run([
            "quiz", "knowledge-check", "--answers", "A,A,A", "--format", "junit",
            "--learner", "<b>\"Ada\" & 'Bob'\u{01}</b>",
        ])
        let document = try parse(result.output)
        let property = document.elements.first { $0.name == "property" && $0.attributes["name"] == "learner" }
        #expect(property?.attributes["value"] == "<b>\"Ada\" & 'Bob'</b>")
    }
}
