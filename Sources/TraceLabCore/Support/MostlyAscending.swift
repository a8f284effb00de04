/// Sorting for numbers that are already nearly in ascending order, such as the end times of a
/// run's spans in the order they were recorded (a producer's span is recorded when it is
/// scheduled to end, ahead of spans that end sooner).
enum MostlyAscending {
    /// `values` in ascending order. The values that no later value undercuts already form one
    /// ascending run and stay as they are; only the others are sorted, then the two are merged,
    /// so a list with few values out of place costs little more than reading it.
    static func sorted(_ values: [UInt64]) -> [UInt64] {
        var inRun = [Bool](repeating: false, count: values.count)
        var lowestAfter = UInt64.max
        for index in values.indices.reversed() where values[index] <= lowestAfter {
            lowestAfter = values[index]
            inRun[index] = true
        }
        var run: [UInt64] = []
        var others: [UInt64] = []
        run.reserveCapacity(values.count)
        for index in values.indices {
            if inRun[index] { run.append(values[index]) } else { others.append(values[index]) }
        }
        guard !others.isEmpty else { return run }
        others.sort()
        var merged: [UInt64] = []
        merged.reserveCapacity(values.count)
        var next = 0
        for value in run {
            while next < others.count, others[next] < value {
                merged.append(others[next])
                next += 1
            }
            merged.append(value)
        }
        merged.append(contentsOf: others[next...])
        return merged
    }
}
