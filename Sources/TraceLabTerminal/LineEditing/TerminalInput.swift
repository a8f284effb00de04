#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one UTF-8 encoded character at a time from a terminal file descriptor.
enum TerminalInput {
    /// What one read produced.
    enum Outcome: Equatable {
        case scalar(Unicode.Scalar)
        case endOfInput
        case interrupted
        case failed
    }

    private enum ByteRead {
        case byte(UInt8)
        case stopped(Outcome)
    }

    /// Reads the next character. Invalid UTF-8 bytes are skipped; a read interrupted by SIGINT ends with
    /// `.interrupted`, one interrupted by any other signal is retried.
    static func readScalar(from fileDescriptor: Int32) -> Outcome {
        var carriedLead: UInt8? = nil
        while true {
            let lead: UInt8
            if let carried = carriedLead {
                lead = carried
                carriedLead = nil
            } else {
                switch readByte(from: fileDescriptor) {
                case .byte(let byte): lead = byte
                case .stopped(let outcome): return outcome
                }
            }
            let length = sequenceLength(lead: lead)
            if length == 1 { return .scalar(Unicode.Scalar(lead)) }
            guard length > 1 else { continue }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            var continuationCount = 1
            while continuationCount < length {
                switch readByte(from: fileDescriptor) {
                case .stopped(let outcome):
                    return outcome
                case .byte(let next) where next & 0xC0 == 0x80:
                    value = value << 6 | UInt32(next & 0x3F)
                    continuationCount += 1
                case .byte(let next):
                    carriedLead = next
                    continuationCount = length + 1
                }
            }
            if continuationCount == length, let scalar = Unicode.Scalar(value) {
                return .scalar(scalar)
            }
        }
    }

    /// 1 to 4 for a byte that can start a UTF-8 sequence, 0 for one that cannot.
    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }

    private static func readByte(from fileDescriptor: Int32) -> ByteRead {
        var byte: UInt8 = 0
        while true {
            let count = read(fileDescriptor, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count == 0 { return .stopped(.endOfInput) }
            if errno != EINTR { return .stopped(.failed) }
            if InterruptWatch.isInterrupted { return .stopped(.interrupted) }
        }
    }
}
