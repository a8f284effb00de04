/// Builds the `traceparent` part of a ``TraceContextExplanation``.
enum TraceParentExplainer {
    /// The explained header for one `traceparent` value.
    static func header(for value: String) -> TraceContextExplanation.Header {
        let name = TraceContextHeaders.traceparent
        do {
            let reading = try TraceParentParser.read(value)
            return .init(name: name, value: value, verdict: .accepted, lines: lines(for: reading))
        } catch {
            let restart = TraceContextExplanation.Line(
                label: "receiver", value: "starts a new trace",
                meaning: "it ignores this traceparent, makes a new trace-id, and drops any tracestate")
            return .init(name: name, value: value, verdict: .rejected(error), lines: [restart])
        }
    }

    /// One line per field, plus the ignored extra fields of a higher version.
    static func lines(for reading: TraceParentParser.Reading) -> [TraceContextExplanation.Line] {
        let parent = reading.parent
        var lines = [
            version(parent.version),
            .init(
                label: "trace-id", value: parent.traceID.hex,
                meaning: "names the whole trace: every span of this request, in every service, carries it"),
            .init(
                label: "parent-id", value: parent.parentID.hex,
                meaning: "the caller's span: the receiver's span becomes its child and sends its own id on"),
            flags(parent.flags),
        ]
        if !reading.extraFields.isEmpty {
            lines.append(
                .init(
                    label: "extra fields", value: String(reading.extraFields),
                    meaning:
                        "added by a newer version: ignored here and dropped when the context is sent on as 00"
                ))
        }
        return lines
    }

    /// The version line: 00, or a newer version read with the version-00 layout.
    static func version(_ version: UInt8) -> TraceContextExplanation.Line {
        let hex = LowercaseHex.string(UInt64(version), width: 2)
        let meaning =
            version == 0
            ? "format version 00, the only one defined so far"
            : "version \(hex) is newer than 00: its first four fields are read as in 00, and it is sent on as 00"
        return .init(label: "version", value: hex, meaning: meaning)
    }

    /// The flags line: the byte in binary, the sampled bit, and any bits version 00 does not define.
    static func flags(_ flags: TraceFlags) -> TraceContextExplanation.Line {
        let binary = String(flags.rawValue, radix: 2)
        let bits = String(repeating: "0", count: 8 - binary.count) + binary
        var meaning =
            flags.isSampled
            ? "bits \(bits): sampled, the caller may have recorded this trace; a receiver that follows "
                + "its parent records its own spans too and sends -01 on"
            : "bits \(bits): not sampled, the caller did not record this trace; a receiver that follows "
                + "its parent records nothing and sends -00 on (one that decides on its own leaves "
                + "spans whose parent no backend has)"
        if flags.contains(.random) {
            meaning +=
                "; bit 0x02 is Trace Context Level 2's random flag (the trace id's last 7 bytes are random)"
        }
        let unknown = flags.undefinedBits.subtracting(.random)
        if !unknown.isEmpty {
            let undefined = LowercaseHex.string(UInt64(unknown.rawValue), width: 2)
            meaning += "; other bits (0x\(undefined)) have no meaning in version 00 and are sent on as 0"
        }
        return .init(
            label: "trace-flags", value: LowercaseHex.string(UInt64(flags.rawValue), width: 2),
            meaning: meaning)
    }
}
