/// Which boundaries carry trace context in a run: on everywhere by default, off everywhere, or
/// off at chosen boundaries.
public struct PropagationSettings: Hashable, Sendable, Codable {
    /// Whether boundaries not listed in ``disabledBoundaries`` propagate.
    public var enabledByDefault: Bool
    /// Boundaries (`caller:callee`) that never propagate, whatever the default.
    public var disabledBoundaries: Set<String>

    /// Creates settings; the default propagates everywhere.
    public init(enabledByDefault: Bool = true, disabledBoundaries: Set<String> = []) {
        self.enabledByDefault = enabledByDefault
        self.disabledBoundaries = disabledBoundaries
    }

    /// Propagation on at every boundary.
    public static let allOn = PropagationSettings()
    /// Propagation off at every boundary.
    public static let allOff = PropagationSettings(enabledByDefault: false)

    /// Whether context crosses `boundary` under these settings.
    public func propagates(_ boundary: String) -> Bool {
        enabledByDefault && !disabledBoundaries.contains(boundary)
    }
}
