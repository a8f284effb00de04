extension TraceState {
    /// One `key=value` member.
    public struct Member: Hashable, Sendable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: String

        /// Creates a member.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }

        /// The tenant and system of a multi-tenant key (`tenant@system`); nil for a simple key.
        public var tenantAndSystem: (tenant: String, system: String)? {
            let parts = key.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), String(parts[1]))
        }
    }
}
