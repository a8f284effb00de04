/// A language the propagation exercise has a starter service for.
public enum StarterLanguage: String, CaseIterable, Hashable, Sendable {
    /// Python 3, standard library only (`http.server`, `urllib`).
    case python
    /// Node.js 18 or later, built-in `http` and `fetch`.
    case node
    /// Go, standard library `net/http`.
    case go
    /// Swift, Hummingbird and AsyncHTTPClient.
    case swift
}

/// One file of a starter, relative to the folder it is written into.
public struct StarterFile: Hashable, Sendable {
    /// The path inside the starter's folder, with `/` between folders.
    public var path: String
    /// The file's text.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// The starter services: each implements the exercise's contract (receive a JSON array, POST each
/// element's `arguments` to its `url`, answer after the calls) and leaves the propagation, marked
/// TODO, to the student. So a fresh starter runs and fails the exercise on the propagation rules
/// only.
public enum StarterKit {
    /// Every file of the starter for `language`, README first.
    public static func files(for language: StarterLanguage) -> [StarterFile] {
        switch language {
        case .python:
            [StarterFile(path: "README.md", contents: readme(PythonStarter.guide))] + PythonStarter.files
        case .node: [StarterFile(path: "README.md", contents: readme(NodeStarter.guide))] + NodeStarter.files
        case .go: [StarterFile(path: "README.md", contents: readme(GoStarter.guide))] + GoStarter.files
        case .swift:
            [StarterFile(path: "README.md", contents: readme(SwiftStarter.guide))] + SwiftStarter.files
        }
    }

    /// What differs between the languages' READMEs.
    struct Guide {
        var language: String
        var run: String
        var todo: String
        var openTelemetry: String
    }

    static func readme(_ guide: Guide) -> String {
        """
        # Propagation exercise: \(guide.language) starter

        This service already keeps the exercise's contract, the same one the W3C Trace Context test
        harness uses: it accepts `POST` with a JSON array of `{"url": ..., "arguments": [...]}`, and for
        each element, in order, it sends `arguments` as a JSON `POST` to `url`, then answers 200.

        What it does not do yet is propagate trace context. That part is yours: \(guide.todo)

        ## Run it

        ```sh
        \(guide.run)
        ```

        It listens on 127.0.0.1, port 8000 (set `PORT` to change it; `PORT=0` picks a free one), and
        prints `listening on http://127.0.0.1:PORT/` once it is ready.

        ## Check it

        In a second terminal:

        ```sh
        tracelab exercise propagation http://127.0.0.1:8000/
        ```

        As written, the starter fails every rule: its calls carry no `traceparent`. Each failure names
        the rule, shows the headers TraceLab sent and the ones your calls carried, and says what to
        change. Exit code 0 means every rule passed. Add `--level 2` for the level-2 random flag,
        `--format junit` or `--format json` for a file your instructor can collect.

        ## What to write

        For each incoming request:

        1. Read `traceparent` (exactly one header, valid format) and `tracestate`. If there is no
           valid `traceparent`, start a new trace: a fresh random 32-hex trace id, and no tracestate.
        2. The request is a span of your service: give it a fresh 16-hex span id.
        3. Each outgoing call is a span too: a fresh span id per call, sent as the parent id in
           `traceparent: 00-<trace-id>-<call's span id>-<flags>`, with the `tracestate` you received.

        \(guide.openTelemetry)
        """
    }
}
