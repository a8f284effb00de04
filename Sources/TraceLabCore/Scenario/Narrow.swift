/// A position or count in a simulation's own records, held in 32 bits: a run has at most
/// ``ScenarioLimits/maxSpansPerRun`` spans, so none of its lists grows past `Int32.max`, and
/// records half as wide keep more of the requests in flight in the processor's caches. Read and
/// written as an `Int`; a value that does not fit stops the program rather than wrap.
@propertyWrapper
struct Narrow {
    private var stored: Int32

    init(wrappedValue: Int) {
        stored = Int32(wrappedValue)
    }

    var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(newValue) }
    }
}
