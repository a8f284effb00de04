import ArgumentParser
import Foundation
import TraceLabCore

/// `on` or `off`, as typed.
public enum Switch: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Enabled.
    case on
    /// Disabled.
    case off
}
