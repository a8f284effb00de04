import Synchronization
import TraceLabTerminal

/// The output of a command typed at the prompt: once Ctrl-C arrives, nothing more of it is
/// written, so the command ends quickly and the prompt comes back.
final class InterruptibleOutput: OutputSink {
    private let base: any OutputSink
    private let dropped = Atomic<Bool>(false)

    init(_ base: any OutputSink) {
        self.base = base
    }

    /// Writes `text` in pieces of at most ``pieceBytes``, checking for Ctrl-C before each, so
    /// even one long report stops soon after the key is pressed.
    func write(_ text: String) {
        var rest = Substring(text)
        while !rest.isEmpty {
            if CommandInterruption.isInterrupted {
                dropped.store(true, ordering: .relaxed)
                return
            }
            var end = rest.utf8.index(rest.startIndex, offsetBy: min(Self.pieceBytes, rest.utf8.count))
            while end < rest.endIndex && !rest.unicodeScalars.indices.contains(end) {
                end = rest.utf8.index(after: end)
            }
            base.write(String(rest[..<end]))
            rest = rest[end...]
        }
    }

    /// The most written at once.
    static let pieceBytes = 4_096

    /// True when Ctrl-C cut the command's output short.
    var wasCut: Bool { dropped.load(ordering: .relaxed) }

    var writeFailure: String? { base.writeFailure }
}
