import Synchronization

/// The spans a run sampled out (see ``LabRun/sampledOutSpanIDs``): a set, or, as the simulator
/// leaves them, a list of distinct ids that becomes a set the first time the set is asked for.
/// A run whose sampling report reads the simulator's per-span flags, and whose views never look
/// a span up, then never builds a table of a hundred thousand ids.
struct DroppedSpans: Hashable, Sendable {
    /// Ids listed by the simulator, and the set made of them once someone asked.
    private final class Listed: Sendable {
        let ids: [SpanID]
        private let built = Mutex<SpanIDSet?>(nil)

        init(_ ids: [SpanID]) {
            self.ids = ids
        }

        /// The set of ``ids``, built on the first call (by one caller, should several ask at once).
        var set: SpanIDSet {
            built.withLock { built in
                if let built { return built }
                let set = SpanIDSet(ids)
                built = set
                return set
            }
        }
    }

    private enum Storage {
        case set(SpanIDSet)
        case listed(Listed)
    }

    private let storage: Storage
    /// How many spans were sampled out, known without building the set.
    let count: Int

    /// The spans of `set`.
    init(_ set: SpanIDSet = []) {
        storage = .set(set)
        count = set.count
    }

    /// The spans of `ids`, which must hold no id twice (every span of a run has its own).
    init(distinct ids: [SpanID]) {
        storage = ids.isEmpty ? .set([]) : .listed(Listed(ids))
        count = ids.count
    }

    /// The spans as a set.
    var set: SpanIDSet {
        switch storage {
        case .set(let set): set
        case .listed(let listed): listed.set
        }
    }

    static func == (left: DroppedSpans, right: DroppedSpans) -> Bool {
        left.count == right.count && left.set == right.set
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(set)
    }
}
