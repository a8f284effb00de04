/// The run's tracers, one per service, lent without reference counting. The simulation asks a
/// tracer for every span it starts and every carrier it writes or reads (about 20 times a
/// request); fetching the tracer from an array would retain and release it each time, two
/// atomic operations that do nothing here: this value owns every tracer for as long as it
/// lives, and a lent tracer is only used during the call that borrows it.
struct LentTracers {
    private let owners: [LabTracer]
    private let lent: [Unmanaged<LabTracer>]

    /// Lends `tracers`, one per service position.
    init(_ tracers: [LabTracer]) {
        owners = tracers
        lent = tracers.map { Unmanaged.passUnretained($0) }
    }

    /// `body`'s result on the tracer of the service at `service`, borrowed for the call.
    @inline(__always)
    func with<Result>(_ service: Int, _ body: (LabTracer) -> Result) -> Result {
        lent[service]._withUnsafeGuaranteedRef(body)
    }
}
