import Foundation
import TraceLabCore

/// A propagation exercise run as text, JSON (documented in the README) or JUnit XML.
struct ExerciseReport {
    let report: PropagationReport
    let learner: String
    let serviceURL: String

    func render(_ format: ExercisePropagationCommand.Format) -> String {
        switch format {
        case .text: text()
        case .json: JSONText.encode(json()) + "\n"
        case .junit: junit()
        }
    }

    private static func mark(_ verdict: PropagationVerdict) -> String {
        switch verdict {
        case .passed: "✓"
        case .failed: "✗"
        case .error: "!"
        }
    }

    private func text() -> String {
        var lines = ["Propagation exercise, level \(report.level) — \(learner) — \(serviceURL)", ""]
        let width = report.results.map(\.rule.rawValue.count).max() ?? 0
        for result in report.results {
            let name = result.rule.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("\(Self.mark(result.verdict)) \(name)  \(result.rule.title)")
        }
        let errors = report.results.count { $0.verdict == .error }
        lines.append("")
        lines.append(
            "\(report.score)/\(report.maxScore) rules passed"
                + (errors > 0 ? "; \(errors) could not be judged because the service broke the contract" : "")
        )
        for result in report.results where result.verdict != .passed {
            lines.append("")
            lines.append("\(Self.mark(result.verdict)) \(result.rule.rawValue): \(result.message ?? "")")
            if let exchange = result.exchange {
                lines.append("  request: \(exchange.label)")
                lines += evidence(exchange, result.received).map { "    " + $0 }
            }
            lines.append("  see \(result.rule.specReference)")
        }
        return TextSafety.clean(lines.joined(separator: "\n")) + "\n"
    }

    /// The trace-context headers sent and received, one per line, whitespace made visible.
    private func evidence(_ exchange: ExerciseExchange, _ received: [ReceivedCall?]) -> [String] {
        var lines: [String] = []
        let sent = exchange.headers
        lines +=
            sent.isEmpty ? ["sent     (no trace-context headers)"] : sent.map { "sent     \(Self.show($0))" }
        for (index, call) in received.enumerated() {
            let label = "call \(index + 1)".padding(toLength: 8, withPad: " ", startingAt: 0)
            guard let call else {
                lines.append("\(label) (never arrived)")
                continue
            }
            let headers = Self.traceContext(call.headers)
            lines +=
                headers.isEmpty
                ? ["\(label) (no trace-context headers)"] : headers.map { "\(label) \(Self.show($0))" }
        }
        return lines
    }

    static func traceContext(_ headers: [ExerciseHeader]) -> [ExerciseHeader] {
        headers.filter { ["traceparent", "tracestate"].contains($0.name.lowercased()) }
    }

    /// `name: value`, with the value quoted and tabs written `\t` when it has whitespace at an end.
    static func show(_ header: ExerciseHeader) -> String {
        let value = header.value.replacingOccurrences(of: "\t", with: "\\t")
        let padded =
            header.value.first.map { $0 == " " || $0 == "\t" } == true
            || header.value.last.map { $0 == " " || $0 == "\t" } == true
        return "\(header.name): " + (padded ? "\"\(value)\"" : value)
    }

    struct JSONReport: Encodable {
        struct Rule: Encodable {
            let id: String
            let title: String
            let verdict: String
            let message: String?
            let spec: String
            let request: String?
            let sent: [ExerciseHeader]?
            let received: [[ExerciseHeader]?]?
        }

        let exercise: String
        let level: Int
        let learner: String
        let service: String
        let score: Int
        let maxScore: Int
        let passed: Bool
        let rules: [Rule]
    }

    func json() -> JSONReport {
        JSONReport(
            exercise: PropagationExercise.id, level: report.level, learner: learner, service: serviceURL,
            score: report.score, maxScore: report.maxScore, passed: report.passed,
            rules: report.results.map { result in
                JSONReport.Rule(
                    id: result.rule.rawValue, title: result.rule.title, verdict: result.verdict.rawValue,
                    message: result.message, spec: result.rule.specReference, request: result.exchange?.label,
                    sent: result.exchange?.headers,
                    received: result.exchange == nil
                        ? nil : result.received.map { $0.map { Self.traceContext($0.headers) } })
            })
    }

    private func junit() -> String {
        let failures = report.results.count { $0.verdict == .failed }
        let errors = report.results.count { $0.verdict == .error }
        let suite = "tracelab.\(PropagationExercise.id.replacingOccurrences(of: ":", with: "."))"
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += "<testsuites tests=\"\(report.maxScore)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        xml +=
            "  <testsuite name=\"\(suite)\" tests=\"\(report.maxScore)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        xml += "    <properties><property name=\"learner\" value=\"\(XML.escape(learner))\"/>"
        xml += "<property name=\"service\" value=\"\(XML.escape(serviceURL))\"/>"
        xml += "<property name=\"level\" value=\"\(report.level)\"/>"
        xml += "<property name=\"score\" value=\"\(report.score)/\(report.maxScore)\"/></properties>\n"
        for result in report.results {
            xml += "    <testcase classname=\"\(suite)\" name=\"\(result.rule.rawValue)\""
            guard result.verdict != .passed, let exchange = result.exchange else {
                xml += "/>\n"
                continue
            }
            let element = result.verdict == .failed ? "failure" : "error"
            let details = (["request: \(exchange.label)"] + evidence(exchange, result.received)).joined(
                separator: "\n")
            xml += ">\n      <\(element) message=\"\(XML.escape(result.message ?? ""))\">"
            xml += "\(XML.escape(details))</\(element)>\n    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
