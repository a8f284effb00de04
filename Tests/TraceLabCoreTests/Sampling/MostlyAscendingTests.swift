import Testing

@testable import TraceLabCore

@Suite("Sorting numbers that are mostly in ascending order already")
struct MostlyAscendingTests {
    @Test(
        "the same as a full sort",
        arguments: [
            [], [5], [3, 1, 2], [1, 2, 3], [9, 8, 7, 6], [4, 4, 2, 4, 2], [1, 10, 2, 3, 11, 4, 5, 20, 6],
            [UInt64.max, 0, UInt64.max, 1],
        ] as [[UInt64]])
    func matchesSort(values: [UInt64]) {
        #expect(MostlyAscending.sorted(values) == values.sorted())
    }

    @Test("random and nearly sorted lists alike", arguments: [0, 1, 10, 100])
    func randomLists(outOfPlacePercent: UInt64) {
        var generator = SplitMix64(seed: outOfPlacePercent + 1)
        var values: [UInt64] = []
        var now: UInt64 = 0
        for _ in 0..<2_000 {
            now += generator.next() % 5
            let late = generator.next() % 100 < outOfPlacePercent
            values.append(late ? now + generator.next() % 50 : now)
        }
        #expect(MostlyAscending.sorted(values) == values.sorted())
    }
}
