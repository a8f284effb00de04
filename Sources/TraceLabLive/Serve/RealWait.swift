import NIOCore
import NIOPosix

/// Waits real time the way work does: it is not cut short when the caller gives up (a timed
/// out request's callee keeps working, as a real one would). The wait is an event-loop timer,
/// which fires on time; a dispatch `asyncAfter` may fire up to a tenth of its delay late.
enum RealWait {
    static func wait(nanos: UInt64) async {
        guard nanos > 0 else { return }
        let delay = TimeAmount.nanoseconds(Int64(min(nanos, UInt64(Int64.max))))
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: delay) {
                continuation.resume()
            }
        }
    }
}
