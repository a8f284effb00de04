#if canImport(Glibc)
    import Glibc
#endif

/// A child process starts with the signal mask of the thread that spawned it. Swift's
/// concurrency threads are dispatch workers, which block nearly every signal (SIGTERM
/// included), so a child spawned from one would ignore `kill PID` for its whole life.
enum SpawnSignalMask {
    /// Runs `body` (which spawns) with no signal blocked on the current thread, then restores
    /// the thread's mask, so what `body` spawns starts with an empty mask.
    static func unblocked<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> Value
    {
        var none = sigset_t()
        var previous = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }
}
