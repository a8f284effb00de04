#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C while a command typed at the prompt runs: the signal is recorded instead of ending
/// the session, so the command can stop and the prompt come back.
public enum CommandInterruption {
    /// Runs `body` with Ctrl-C (SIGINT) recorded rather than fatal, then restores the previous
    /// handling. Line reads inside `body` still treat Ctrl-C as cancelling their line, and such a
    /// Ctrl-C is not counted here.
    /// SIGINT is unblocked first: a parent that started the session with it blocked would
    /// otherwise make Ctrl-C do nothing at all.
    public static func run<Value>(_ body: () -> Value) -> Value {
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        var result: Value?
        _ = InterruptWatch.run { () -> Bool? in
            result = body()
            return true
        }
        return result!
    }

    /// Whether Ctrl-C arrived while the current command ran (outside a line read).
    public static var isInterrupted: Bool { InterruptWatch.isInterrupted }
}
