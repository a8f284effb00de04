extension TraceContextViolation {
    /// The rules of W3C Trace Context (level 1) that a received header can break.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// The `traceparent` does not have the four fields `version-traceid-parentid-flags`.
        case malformed
        /// The `traceparent` is empty or only whitespace.
        case empty
        /// The value does not start with 2 lowercase hex digits followed by `-`.
        case versionFormat
        /// The version is `ff`, which the spec declares invalid.
        case versionForbidden
        /// Version `00` carries something after `trace-flags`.
        case version00ExtraFields
        /// A higher version is shorter than the 55 characters of the version-00 format.
        case higherVersionTooShort
        /// In a higher version, the character right after `trace-flags` is not `-`.
        case higherVersionTrailingData
        /// The `trace-id` is not 32 characters long.
        case traceIDLength
        /// The `trace-id` has a character other than `0-9` and `a-f`.
        case traceIDCharacters
        /// The `trace-id` is all zeros.
        case traceIDAllZeros
        /// The `parent-id` is not 16 characters long.
        case parentIDLength
        /// The `parent-id` has a character other than `0-9` and `a-f`.
        case parentIDCharacters
        /// The `parent-id` is all zeros.
        case parentIDAllZeros
        /// The `trace-flags` field is not 2 characters long.
        case flagsLength
        /// The `trace-flags` field has a character other than `0-9` and `a-f`.
        case flagsCharacters
        /// No `traceparent` header was received.
        case missingTraceparent
        /// More than one `traceparent` header was received.
        case severalTraceparents
        /// The combined `tracestate` has more than 32 list-members.
        case tracestateTooManyMembers
        /// A `tracestate` list-member is not `key=value`.
        case tracestateMemberFormat
        /// A `tracestate` key breaks the simple-key or multi-tenant-key grammar.
        case tracestateKeyFormat
        /// A `tracestate` key, tenant id or system id is longer than the spec allows.
        case tracestateKeyLength
        /// A `tracestate` value is empty or has a character the spec does not allow.
        case tracestateValueFormat
        /// A `tracestate` value is longer than 256 characters.
        case tracestateValueLength

        /// A short name for the rule, as the first half of a one-line message.
        public var summary: String {
            switch self {
            case .malformed: "traceparent is not version-traceid-parentid-flags"
            case .empty: "traceparent is empty"
            case .versionFormat: "version is not 2 lowercase hex digits followed by '-'"
            case .versionForbidden: "version ff is forbidden"
            case .version00ExtraFields: "version 00 allows nothing after trace-flags"
            case .higherVersionTooShort: "a higher-version traceparent is shorter than 55 characters"
            case .higherVersionTrailingData: "a higher version must continue with '-' after trace-flags"
            case .traceIDLength: "trace-id is not 32 hex digits"
            case .traceIDCharacters: "trace-id is not lowercase hex"
            case .traceIDAllZeros: "trace-id is all zeros"
            case .parentIDLength: "parent-id is not 16 hex digits"
            case .parentIDCharacters: "parent-id is not lowercase hex"
            case .parentIDAllZeros: "parent-id is all zeros"
            case .flagsLength: "trace-flags is not 2 hex digits"
            case .flagsCharacters: "trace-flags is not lowercase hex"
            case .missingTraceparent: "no traceparent header"
            case .severalTraceparents: "more than one traceparent header"
            case .tracestateTooManyMembers: "tracestate has more than 32 list-members"
            case .tracestateMemberFormat: "tracestate list-member is not key=value"
            case .tracestateKeyFormat: "tracestate key breaks the key grammar"
            case .tracestateKeyLength: "tracestate key is too long"
            case .tracestateValueFormat: "tracestate value breaks the value grammar"
            case .tracestateValueLength: "tracestate value is longer than 256 characters"
            }
        }

        /// The section of https://www.w3.org/TR/trace-context/ that states the rule.
        public var specReference: String {
            let base = "https://www.w3.org/TR/trace-context/#"
            switch self {
            case .malformed, .empty: return base + "traceparent-header-field-values"
            case .versionFormat, .versionForbidden: return base + "version"
            case .version00ExtraFields: return base + "version-format"
            case .higherVersionTooShort, .higherVersionTrailingData: return base + "versioning-of-traceparent"
            case .traceIDLength, .traceIDCharacters, .traceIDAllZeros: return base + "trace-id"
            case .parentIDLength, .parentIDCharacters, .parentIDAllZeros: return base + "parent-id"
            case .flagsLength, .flagsCharacters: return base + "trace-flags"
            case .missingTraceparent: return base + "no-traceparent-received"
            case .severalTraceparents: return base + "a-traceparent-is-received"
            case .tracestateTooManyMembers, .tracestateMemberFormat: return base + "list"
            case .tracestateKeyFormat, .tracestateKeyLength: return base + "key"
            case .tracestateValueFormat, .tracestateValueLength: return base + "value"
            }
        }
    }
}
