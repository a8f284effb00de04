import Testing

@testable import TraceLabCore

@Suite("The huge-page hint for a run's big lists")
struct HugePagesTests {
    static let mib = 1 << 20

    @Test(
        "only whole 2 MiB pages inside the buffer are named",
        arguments: [
            (start: 0, bytes: 8 * mib, pages: 0..<(8 * mib)),
            (start: 4096, bytes: 8 * mib, pages: (2 * mib)..<(8 * mib)),
            (start: 3 * mib + 16, bytes: 5 * mib, pages: (4 * mib)..<(8 * mib)),
            (start: 2 * mib - 1, bytes: 4 * mib + 1, pages: (2 * mib)..<(6 * mib)),
        ])
    func wholePages(start: Int, bytes: Int, pages: Range<Int>) {
        let found = HugePages.wholePages(from: start, byteCount: bytes)
        #expect(found == pages)
        if let found {
            #expect(found.lowerBound >= start && found.upperBound <= start + bytes)
            #expect(found.lowerBound % HugePages.size == 0 && found.upperBound % HugePages.size == 0)
        }
    }

    @Test("small buffers, and big ones with no whole page, are left alone")
    func leftAlone() {
        #expect(HugePages.wholePages(from: 0, byteCount: HugePages.smallest - 1) == nil)
        #expect(HugePages.wholePages(from: 0, byteCount: 0) == nil)
        #expect(HugePages.wholePages(from: 1, byteCount: HugePages.smallest) != nil)
    }

    @Test("a table grown past the hint's size keeps every element in order")
    func bigTableKeepsItsElements() {
        var table = RunTable<Int>()
        let count = 3 * HugePages.smallest / MemoryLayout<Int>.stride
        table.reserveCapacity(count / 2)
        for value in 0..<count { table.append(value &* 31) }
        let elements = table.takeArray()
        #expect(elements.count == count)
        #expect(elements.enumerated().allSatisfy { $0.element == $0.offset &* 31 })
    }
}
