import Testing
import TraceLabCore
import TraceLabTerminal

/// Every renderer, so the promises all of them make can be checked together.
enum AnyRenderer: String, CaseIterable, Sendable {
    case tree
    case waterfall
    case criticalPath
    case crossings
    case summary
    case markdown

    func render(_ analysis: LabAnalysis, _ style: TerminalStyle) -> String {
        switch self {
        case .tree: TraceTreeRenderer(style: style).render(analysis)
        case .waterfall: WaterfallRenderer(style: style).render(analysis)
        case .criticalPath: CriticalPathRenderer(style: style).render(analysis)
        case .crossings: CrossingsRenderer(style: style).render(analysis.run)
        case .summary: RunSummaryRenderer(style: style).render(analysis)
        case .markdown: MarkdownTerminalRenderer(style: style).render(LessonSample.text)
        }
    }
}

@Suite("Rendering contract")
struct RenderingContractTests {
    @Test(
        "no visible line is wider than the width, with or without colour",
        arguments: AnyRenderer.allCases, [20, 40, 80, 200])
    func widthIsNeverExceeded(renderer: AnyRenderer, width: Int) {
        for shape in CheckoutFixture.shapes {
            for colour in [false, true] {
                let output = renderer.render(
                    CheckoutFixture.analysis(shape), TerminalStyle(colorEnabled: colour, width: width))
                #expect(!output.isEmpty)
                #expect(Rendered.widest(output) <= width, "\(shape), colour \(colour):\n\(output)")
            }
        }
    }

    @Test(
        "NO_COLOR and non-terminal output carry no ESC byte; a colour terminal gets colour",
        arguments: AnyRenderer.allCases)
    func colourFollowsTheStyle(renderer: AnyRenderer) {
        let noColor = TerminalStyle.resolve(
            environment: ["NO_COLOR": "1"], isTerminal: true, terminalColumns: 80, noColorFlag: false)
        let piped = TerminalStyle.resolve(
            environment: [:], isTerminal: false, terminalColumns: nil, noColorFlag: false)
        let colour = TerminalStyle.resolve(
            environment: [:], isTerminal: true, terminalColumns: 80, noColorFlag: false)
        let analysis = CheckoutFixture.billingOff
        #expect(!Rendered.hasEscape(renderer.render(analysis, noColor)))
        #expect(!Rendered.hasEscape(renderer.render(analysis, piped)))
        #expect(Rendered.hasEscape(renderer.render(analysis, colour)))
    }

    @Test("colour changes only the escape sequences, never the visible text", arguments: AnyRenderer.allCases)
    func colourDoesNotChangeText(renderer: AnyRenderer) {
        for shape in CheckoutFixture.shapes {
            let analysis = CheckoutFixture.analysis(shape)
            let plain = renderer.render(analysis, TerminalStyle(colorEnabled: false, width: 80))
            let coloured = renderer.render(analysis, TerminalStyle(colorEnabled: true, width: 80))
            if renderer == .markdown {
                // Without colour, headings gain a textual underline and code keeps its backticks.
                #expect(Rendered.lines(coloured).count < Rendered.lines(plain).count)
            } else {
                #expect(Rendered.lines(coloured) == Rendered.lines(plain))
            }
        }
    }

    @Test(
        "escape sequences hidden in span data and content never reach the output",
        arguments: AnyRenderer.allCases)
    func hostileTextIsSanitized(renderer: AnyRenderer) {
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        var run = CheckoutFixture.run(propagation: .allOff)
        run.spans = run.spans.map { span in
            var span = span
            span.service += hostile
            span.name += hostile
            if span.status.isError { span.status = .error("boom" + hostile) }
            return span
        }
        run.crossings = run.crossings.map { crossing in
            var crossing = crossing
            crossing.boundary += hostile
            crossing.sent["traceparent"] = "00-x" + hostile
            return crossing
        }
        let output =
            renderer == .markdown
            ? MarkdownTerminalRenderer(style: .plain()).render("# Title\(hostile)\n\nText \(hostile) more")
            : renderer.render(LabAnalysis(run: run), .plain())
        #expect(!Rendered.hasEscape(output))
        #expect(!output.contains("pwned"))
    }
}

/// A lesson-like Markdown text touching every supported construct.
enum LessonSample {
    static let text = """
        # Why the trace fell apart

        When the **gateway** calls `billing` it puts a `traceparent` header on the request. If that \
        header is *missing*, billing starts a brand-new trace and the story breaks in two.

        ## Try it

        1. Run the checkout with propagation on.
        2. Turn it off at one boundary with `propagation off gateway:billing` and run it again; \
        then compare the number of traces.
        - one trace
          - nested bullet that keeps going long enough to need wrapping at forty columns
        * another bullet

        > The user waited 2.8 s either way: tracing changes what you can see, not what happened.

        ```
        traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 and a long tail that goes past the width
        ```

        | boundary | propagates |
        |---|---|
        | gateway:billing | no |

        ### Summary
        A supercalifragilisticexpialidociousandevenlongerwordthatcannotfit fits nowhere.
        """
}
