/// Seeded pseudo-random numbers (SplitMix64): the same seed gives the same inputs.
struct FuzzRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }
}

/// Makes new inputs from old ones: flipped, inserted, repeated and deleted bytes, fragments that
/// YAML, Markdown and terminals treat specially, splices of two inputs, and random text.
enum FuzzMutator {
    /// The largest input produced, in bytes.
    static let maximumBytes = 64 * 1024

    static let fragments: [String] = [
        "&a ", "*a", "[", "]", "{", "}", ": ", "- ", "? ", "!!str ", "|\n", ">-\n", "#", "---\n", "...\n",
        "\u{0}", "\u{1B}]0;PWNED\u{07}", "\u{1B}[2J", "\u{202E}", "\u{9B}", "\r\n", "\t", "\"", "'", "\\",
        "```", "```tracelab\n", "## ", "{#", "**", "`", "\u{FEFF}", "\u{10FFFF}", "é", "\u{FFFD}",
        "99999999999999999999", "-0", "1e400", "NaN", "00-", "=", ",", "@",
    ]

    static func mutate(_ input: [UInt8], corpus: [[UInt8]], random: inout FuzzRandom) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(4) {
            let at = random.below(bytes.count + 1)
            switch random.below(8) {
            case 0 where !bytes.isEmpty:
                bytes[min(at, bytes.count - 1)] ^= UInt8(1 << random.below(8))
            case 1:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 2, 3:
                let fragment = Array(fragments[random.below(fragments.count)].utf8)
                let copies = random.below(8) == 0 ? 1 + random.below(200) : 1
                bytes.insert(contentsOf: Array(repeatElement(fragment, count: copies).joined()), at: at)
            case 4 where !bytes.isEmpty:
                let end = min(bytes.count, at + random.below(64))
                bytes.removeSubrange(min(at, end)..<end)
            case 5 where !bytes.isEmpty:
                let start = min(at, bytes.count - 1)
                let slice = bytes[start..<min(bytes.count, start + 1 + random.below(128))]
                bytes.insert(contentsOf: slice, at: random.below(bytes.count + 1))
            case 6 where !corpus.isEmpty:
                let other = corpus[random.below(corpus.count)]
                let cut = random.below(other.count + 1)
                bytes = Array(bytes.prefix(at)) + other.suffix(from: cut)
            default:
                bytes = (0..<random.below(256)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            }
        }
        return Array(bytes.prefix(maximumBytes))
    }
}
