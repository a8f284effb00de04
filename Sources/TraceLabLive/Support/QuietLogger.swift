import Logging

/// The logger handed to Hummingbird and ServiceLifecycle: the lab reports problems itself, in
/// one line each, so library chatter is dropped.
enum QuietLogger {
    static let logger = Logger(label: "tracelab", factory: { _ in SwiftLogNoOpLogHandler() })
}
