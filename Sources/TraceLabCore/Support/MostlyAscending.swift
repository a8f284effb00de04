/// Sorting for numbers that are already nearly in ascending order, such as the end times of a
/// run's spans in the order they were recorded (a producer's span is recorded when it is
/// scheduled to end, ahead of spans that end sooner).
enum MostlyAscending {
    /// `values` in ascending order. The values that no later value undercuts already form one
    /// ascending run and stay as they are; only the others are sorted, then the two are merged,
    /// so a list with few values out of place costs little more than reading it.
    static func sorted(_ values: [UInt64]) -> [UInt64] {
        let count = values.count
        var inRun = [Bool](repeating: false, count: count)
        var others: [UInt64] = []
        values.withUnsafeBufferPointer { values in
            inRun.withUnsafeMutableBufferPointer { inRun in
                var lowestAfter = UInt64.max
                var length = 0
                for index in values.indices.reversed() where values[index] <= lowestAfter {
                    lowestAfter = values[index]
                    inRun[index] = true
                    length += 1
                }
                others.reserveCapacity(count - length)
                for index in values.indices where !inRun[index] { others.append(values[index]) }
            }
        }
        guard !others.isEmpty else { return values }
        others.sort()
        // Merge the run (read in place, in order) with the sorted others.
        return [UInt64](unsafeUninitializedCapacity: count) { merged, written in
            values.withUnsafeBufferPointer { values in
                inRun.withUnsafeBufferPointer { inRun in
                    others.withUnsafeBufferPointer { others in
                        var out = 0
                        var next = 0
                        for index in values.indices where inRun[index] {
                            let value = values[index]
                            while next < others.count, others[next] < value {
                                merged[out] = others[next]
                                out += 1
                                next += 1
                            }
                            merged[out] = value
                            out += 1
                        }
                        while next < others.count {
                            merged[out] = others[next]
                            out += 1
                            next += 1
                        }
                        written = out
                    }
                }
            }
        }
    }
}
