import Testing
import TraceLabCore

/// A busy run keeps 110,000 spans and 60,000 crossings and reads them several times: their
/// records stay as small as their fields' order allows (each field where the one before it
/// leaves room), so a reordering that wastes padding shows here first.
@Suite struct RecordSizeTests {
    @Test func aSpanRecordTakes176Bytes() {
        #expect(MemoryLayout<RecordedSpan>.stride == 176)
    }

    @Test func aCrossingRecordTakes184Bytes() {
        #expect(MemoryLayout<BoundaryCrossing>.stride == 184)
    }
}
