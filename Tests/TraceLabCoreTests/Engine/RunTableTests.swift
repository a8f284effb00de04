import Testing

@testable import TraceLabCore

/// The simulation's tables keep what was appended, in order, through growth; change elements in
/// place; and free what they hold when they go.
@Suite struct RunTableTests {
    private final class Tracked {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test("elements keep their order and values as the table grows past its first room")
    func growth() {
        var table = RunTable<Int>()
        for value in 0..<1_000 { table.append(value * 3) }
        table.append(7, repeats: 40)
        #expect(table.count == 1_040)
        #expect((0..<1_000).allSatisfy { table[$0] == $0 * 3 })
        #expect((1_000..<1_040).allSatisfy { table[$0] == 7 })
    }

    @Test("taking the elements moves them into an array in order and leaves the table empty")
    func takeArray() {
        var table = RunTable<String>()
        for value in 0..<50 { table.append("item \(value) of a list long enough to be stored apart") }
        let taken = table.takeArray()
        #expect(taken == (0..<50).map { "item \($0) of a list long enough to be stored apart" })
        #expect(table.count == 0)
        #expect(table.takeArray().isEmpty)
        table.append("again")
        #expect(table[0] == "again")
    }

    @Test("an element changes in place, field by field")
    func changeInPlace() {
        var table = RunTable<(count: Int, name: String)>()
        table.reserveCapacity(3)
        table.append((0, "a"))
        table.append((0, "b"))
        table[1].count += 5
        table[1].name += "c"
        #expect(table[0] == (0, "a"))
        #expect(table[1] == (5, "bc"))
    }

    @Test("what a table holds is freed with it, moved elements included")
    func freesItsElements() {
        weak var first: Tracked?
        weak var last: Tracked?
        do {
            var table = RunTable<Tracked>()
            for value in 0..<100 { table.append(Tracked(value)) }
            first = table[0]
            last = table[99]
            #expect(first?.value == 0)
            #expect(last?.value == 99)
        }
        #expect(first == nil)
        #expect(last == nil)
    }
}
