import TraceLabCore

/// The calls that reached the harness's callback URLs, kept by token (the last path component).
/// A token called twice keeps its first call.
actor CallbackInbox {
    private var calls: [String: ReceivedCall] = [:]

    func record(_ token: String, _ call: ReceivedCall) {
        if calls[token] == nil { calls[token] = call }
    }

    func call(_ token: String) -> ReceivedCall? {
        calls[token]
    }
}
