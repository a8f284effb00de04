/// A compact binary form of a ``RunOverview``, to save it and read it back: a magic word and a
/// version, then each figure as a LEB128 number, each id as 16 or 8 raw bytes, each string as
/// its length and UTF-8 bytes. Sets and dictionaries are written in id order, so the same
/// overview always gives the same bytes.
extension RunOverview {
    /// The first bytes of every encoded overview: "TLRO" and the format's version.
    static let header: [UInt8] = Array("TLRO".utf8) + [1]

    /// The overview as bytes that ``init(bytes:)`` reads back.
    public func bytes() -> [UInt8] {
        var writer = OverviewWriter()
        writer.bytes.reserveCapacity(64 + traces.count * 48)
        writer.bytes.append(contentsOf: Self.header)
        writer.number(traces.count)
        for trace in traces {
            writer.number(trace.number)
            writer.traceID(trace.traceID)
            writer.string(trace.root)
            writer.number(trace.startNanos)
            writer.number(trace.durationNanos)
            writer.number(trace.spans)
            writer.number(trace.errors)
            writer.bytes.append((trace.fragment ? 1 : 0) | (trace.candidates == nil ? 0 : 2))
            if let candidates = trace.candidates { writer.number(candidates) }
        }
        writer.number(metrics.windowNanos)
        writer.number(metrics.rows.count)
        for row in metrics.rows {
            writer.string(row.service)
            writer.string(row.operation)
            writer.number(row.count)
            writer.number(row.errors)
            writer.number(row.ratePerSecond.bitPattern)
            for nanos in [row.p50Nanos, row.p90Nanos, row.p99Nanos, row.maxNanos] { writer.number(nanos) }
        }
        writer.number(metrics.histogram.buckets.count)
        for bucket in metrics.histogram.buckets {
            writer.number(bucket.lowerNanos)
            writer.number(bucket.upperNanos)
            writer.number(bucket.count)
            writer.optionalTraceID(bucket.exemplar)
            writer.number(bucket.exemplarNanos)
        }
        for set in [dropped, broken] {
            writer.number(set.count)
            for id in set.sorted() { writer.traceID(id) }
        }
        writer.number(keptSpans.count)
        for id in keptSpans.keys.sorted() {
            writer.traceID(id)
            writer.number(keptSpans[id]!)
        }
        writer.optionalTraceID(defaultTrace)
        return writer.bytes
    }

    /// Reads an overview that ``bytes()`` wrote; nil when `bytes` are anything else (another
    /// format version, cut short, damaged, or with bytes left over).
    public init?(bytes: [UInt8]) {
        var reader = OverviewReader(bytes: bytes)
        guard reader.expect(Self.header), let count = reader.count(atLeast: 20) else { return nil }
        var traces: [TraceSummary] = []
        traces.reserveCapacity(count)
        for _ in 0..<count {
            guard let number = reader.int(), let traceID = reader.traceID(), let root = reader.string(),
                let start = reader.number(), let duration = reader.number(), let spans = reader.int(),
                let errors = reader.int(), let flags = reader.byte(), flags < 4
            else { return nil }
            var candidates: Int?
            if flags & 2 != 0 {
                guard let read = reader.int() else { return nil }
                candidates = read
            }
            traces.append(
                TraceSummary(
                    number: number, traceID: traceID, root: root, startNanos: start, durationNanos: duration,
                    spans: spans, errors: errors, fragment: flags & 1 != 0, candidates: candidates))
        }
        guard let window = reader.number(), let rowCount = reader.count(atLeast: 8) else { return nil }
        var rows: [RunMetrics.Row] = []
        for _ in 0..<rowCount {
            guard let service = reader.string(), let operation = reader.string(), let spans = reader.int(),
                let errors = reader.int(), let rate = reader.number(), let p50 = reader.number(),
                let p90 = reader.number(), let p99 = reader.number(), let max = reader.number()
            else { return nil }
            rows.append(
                RunMetrics.Row(
                    service: service, operation: operation, count: spans, errors: errors,
                    ratePerSecond: Double(bitPattern: rate), p50Nanos: p50, p90Nanos: p90, p99Nanos: p99,
                    maxNanos: max))
        }
        guard let bucketCount = reader.count(atLeast: 5) else { return nil }
        var buckets: [LatencyHistogram.Bucket] = []
        for _ in 0..<bucketCount {
            guard let lower = reader.number(), let upper = reader.number(), let requests = reader.int(),
                let exemplar = reader.optionalTraceID(), let exemplarNanos = reader.number()
            else { return nil }
            buckets.append(
                LatencyHistogram.Bucket(
                    lowerNanos: lower, upperNanos: upper, count: requests, exemplar: exemplar,
                    exemplarNanos: exemplarNanos))
        }
        var sets: [Set<TraceID>] = []
        for _ in 0..<2 {
            guard let setCount = reader.count(atLeast: 16) else { return nil }
            var set = Set<TraceID>(minimumCapacity: setCount)
            for _ in 0..<setCount {
                guard let id = reader.traceID() else { return nil }
                set.insert(id)
            }
            sets.append(set)
        }
        guard let keptCount = reader.count(atLeast: 17) else { return nil }
        var keptSpans: [TraceID: Int] = [:]
        for _ in 0..<keptCount {
            guard let id = reader.traceID(), let spans = reader.int() else { return nil }
            keptSpans[id] = spans
        }
        guard let defaultTrace = reader.optionalTraceID(), reader.isAtEnd else { return nil }
        self.init(
            traces: traces,
            metrics: RunMetrics(
                rows: rows, histogram: LatencyHistogram(buckets: buckets), windowNanos: window),
            dropped: sets[0], broken: sets[1], keptSpans: keptSpans, defaultTrace: defaultTrace)
    }
}

/// Appends an overview's parts to a byte array.
private struct OverviewWriter {
    var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        number(UInt64(max(0, value)))
    }

    mutating func number(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        number(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func traceID(_ id: TraceID) {
        half(id.high)
        half(id.low)
    }

    private mutating func half(_ value: UInt64) {
        for shift in stride(from: 56, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }

    mutating func optionalTraceID(_ id: TraceID?) {
        bytes.append(id == nil ? 0 : 1)
        if let id { traceID(id) }
    }
}

/// Reads an overview's parts back, each nil once the bytes run out or do not fit.
private struct OverviewReader {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func expect(_ expected: [UInt8]) -> Bool {
        guard bytes.count - position >= expected.count,
            bytes[position..<position + expected.count].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func number() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = byte() {
            guard shift < 64, shift < 63 || byte <= 1 else { return nil }
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func int() -> Int? {
        number().flatMap { Int(exactly: $0) }
    }

    /// A count of items each at least `size` bytes long: nil when the bytes left could not
    /// hold them, so a damaged count never makes a huge allocation.
    mutating func count(atLeast size: Int) -> Int? {
        guard let count = int(), count <= (bytes.count - position) / size else { return nil }
        return count
    }

    mutating func string() -> String? {
        guard let length = int(), length <= bytes.count - position else { return nil }
        defer { position += length }
        return String(validating: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func traceID() -> TraceID? {
        guard bytes.count - position >= 16 else { return nil }
        let high = half(at: position)
        let low = half(at: position + 8)
        position += 16
        return TraceID(high: high, low: low)
    }

    private func half(at start: Int) -> UInt64 {
        bytes[start..<start + 8].reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func optionalTraceID() -> TraceID?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return traceID().map { .some($0) }
        default: return nil
        }
    }
}
