/// SplitMix64, a small seeded pseudo-random generator: the same seed always gives the same
/// sequence, on every platform, which is what a per-learner shuffle needs.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// What each draw adds to the state.
    static let increment: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// The output for the state `state`.
    @inline(__always)
    static func mix(_ state: UInt64) -> UInt64 {
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (`bound` must be positive), by multiply-high so the result
    /// depends only on this generator, never on the standard library's algorithms.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// `items` in a Fisher–Yates order drawn from this generator.
    public mutating func shuffled<Element>(_ items: [Element]) -> [Element] {
        var result = items
        var position = result.count - 1
        while position > 0 {
            result.swapAt(position, index(below: position + 1))
            position -= 1
        }
        return result
    }
}
