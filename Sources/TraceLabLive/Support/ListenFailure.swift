/// A readable reason for a failure to bind a listening socket.
enum ListenFailure {
    static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("EADDRINUSE") || text.contains("Address already in use")
            || text.contains("addressInUse")
        {
            return "the address is already in use; pick another with --port"
        }
        if text.contains("EADDRNOTAVAIL") || text.contains("Cannot assign requested address") {
            return "this machine has no such address; use 127.0.0.1"
        }
        if text.contains("EACCES") || text.contains("Permission denied") {
            return "permission denied; use a port above 1023"
        }
        return TextCleaning.oneLine(text, limit: 200)
    }
}
