import Dispatch

/// Waits real time the way work does: it is not cut short when the caller gives up (a timed
/// out request's callee keeps working, as a real one would).
enum RealWait {
    static func wait(nanos: UInt64) async {
        guard nanos > 0 else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().asyncAfter(
                deadline: .now() + .nanoseconds(Int(min(nanos, UInt64(Int.max))))
            ) {
                continuation.resume()
            }
        }
    }
}
