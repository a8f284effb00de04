import Synchronization
import TraceLabCLI

/// A person at the keyboard who types a fixed script: each `ask` takes the next answer, and the
/// end of the script is the end of input. Remembers every prompt it was shown.
final class ScriptedKeyboard: Sendable {
    private let state: Mutex<(remaining: [PromptAnswer], prompts: [String])>

    /// A script of answers, typed in order.
    init(_ answers: [PromptAnswer]) {
        state = Mutex((answers, []))
    }

    /// A script of plain lines.
    convenience init(lines: [String]) {
        self.init(lines.map(PromptAnswer.line))
    }

    /// The `Ask` the app calls.
    var ask: Ask {
        { prompt in
            self.state.withLock { state in
                state.prompts.append(prompt)
                return state.remaining.isEmpty ? .endOfInput : state.remaining.removeFirst()
            }
        }
    }

    /// Every prompt shown so far.
    var prompts: [String] { state.withLock { $0.prompts } }

    /// How many answers were never asked for.
    var unread: Int { state.withLock { $0.remaining.count } }
}
