import CLibEdit
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Set by the SIGINT handler and read after the handler has run. A signal handler can capture nothing
/// and may only touch lock-free state, so this is a global atomic rather than a property.
private let interruptRequested = Atomic<Bool>(false)

/// Catches Ctrl-C (SIGINT) while a line is being read, so it cancels the line instead of ending the process.
enum InterruptWatch {
    /// What `run` produced and whether SIGINT arrived while it ran.
    struct Outcome<Value> {
        let value: Value?
        let interrupted: Bool
    }

    /// Runs `body` with a SIGINT handler that records the signal (installed without `SA_RESTART`, so a
    /// blocked read fails with `EINTR`), then restores the previous handler. `interrupted` is true only
    /// when `body` produced no value and SIGINT arrived, so a line completed just before Ctrl-C is kept.
    static func run<Value>(_ body: () -> Value?) -> Outcome<Value> {
        interruptRequested.store(false, ordering: .sequentiallyConsistent)
        var previous = sigaction()
        let installed =
            tracelab_install_signal_handler(
                SIGINT, { _ in interruptRequested.store(true, ordering: .sequentiallyConsistent) }, &previous)
            == 0
        let value = body()
        if installed {
            tracelab_restore_signal_handler(SIGINT, &previous)
        }
        let interrupted = interruptRequested.load(ordering: .sequentiallyConsistent)
        // A Ctrl-C that cancelled this read is used up: a command around it must not see it too.
        if value == nil && interrupted { interruptRequested.store(false, ordering: .sequentiallyConsistent) }
        return Outcome(value: value, interrupted: value == nil && interrupted)
    }

    /// Whether SIGINT has arrived since the current `run` began.
    static var isInterrupted: Bool {
        interruptRequested.load(ordering: .sequentiallyConsistent)
    }
}
