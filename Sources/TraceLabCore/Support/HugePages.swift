#if canImport(Glibc)
    import Glibc
#endif

/// A hint for the big lists of one run (its spans, crossings and tables, tens of megabytes):
/// Linux may back the parts of a freshly allocated buffer that cover whole 2 MiB pages with huge
/// pages, so filling it takes a few hundred page faults instead of thousands and reading it
/// back in scattered order misses the TLB far less. Only a hint: contents and results are the
/// same with or without it, and elsewhere it does nothing.
enum HugePages {
    /// Buffers smaller than this are left alone: they cover at most a huge page or two.
    static let smallest = 4 << 20
    /// A huge page's size on x86-64 and most arm64 Linux systems.
    static let size = 2 << 20

    /// Gives the hint for the `byteCount` bytes at `start`, which nothing has written yet, when
    /// there are at least ``smallest``.
    static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
            guard let pages = wholePages(from: Int(bitPattern: start), byteCount: byteCount),
                let aligned = UnsafeMutableRawPointer(bitPattern: pages.lowerBound)
            else { return }
            _ = madvise(aligned, pages.count, MADV_HUGEPAGE)
        #endif
    }

    /// The addresses of the whole huge pages inside the `byteCount` bytes from address `start`,
    /// or nil when there are fewer than ``smallest`` bytes or no whole page.
    static func wholePages(from start: Int, byteCount: Int) -> Range<Int>? {
        guard byteCount >= smallest else { return nil }
        let first = (start + size - 1) & ~(size - 1)
        let end = (start + byteCount) & ~(size - 1)
        return end > first ? first..<end : nil
    }

    /// Gives the hint for the room `array` has reserved beyond its elements.
    static func advise<Element>(reservedIn array: inout [Element]) {
        let count = array.count
        let spare = array.capacity - count
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            advise(UnsafeMutableRawPointer(base + count), byteCount: spare * MemoryLayout<Element>.stride)
        }
    }
}
