/// A span's attributes, kept as a dictionary that many spans share (an operation's method and
/// route, a boundary's `server.address`) plus the few values that are the span's own (its
/// request's correlation id, a retry's resend count), which override shared ones with the same
/// key. A simulated run of 10,000 requests then copies one small list per span instead of
/// building 110,000 dictionaries.
///
/// Two stores are equal when they hold the same keys and values, however they are split.
public struct SpanAttributeStore: Hashable, Sendable, Sequence {
    /// One attribute of the span's own.
    public struct Entry: Hashable, Sendable {
        /// The attribute's name.
        public let key: String
        /// Its value.
        public let value: AttributeValue

        /// Creates an entry.
        public init(key: String, value: AttributeValue) {
            self.key = key
            self.value = value
        }
    }

    /// The span's own entries: the first kept inline, since most spans have exactly one (their
    /// request's correlation id) and a list of one would cost an allocation per span.
    private struct OwnEntries: RandomAccessCollection {
        private var first: Entry?
        private var rest: [Entry] = []

        init() {}

        init(_ entries: [Entry]) {
            first = entries.first
            rest = Array(entries.dropFirst())
        }

        init(_ entry: Entry) {
            first = entry
        }

        var startIndex: Int { 0 }
        var endIndex: Int { first == nil ? 0 : 1 + rest.count }

        subscript(position: Int) -> Entry {
            position == 0 ? first! : rest[position - 1]
        }

        mutating func append(_ entry: Entry) {
            if first == nil { first = entry } else { rest.append(entry) }
        }
    }

    private var shared: [String: AttributeValue]
    private var own: OwnEntries

    /// A store holding `shared` (kept as it is, so its storage is shared with every other span
    /// given the same dictionary) and `own`, where a later entry wins over an earlier one and
    /// over a shared value with the same key.
    public init(shared: [String: AttributeValue] = [:], own: [Entry] = []) {
        self.shared = shared
        self.own = own.isEmpty ? OwnEntries() : OwnEntries(own)
    }

    /// A store holding `shared` and one attribute of the span's own, `entry`, which wins over a
    /// shared value with the same key.
    public init(shared: [String: AttributeValue], own entry: Entry) {
        self.shared = shared
        self.own = OwnEntries(entry)
    }

    /// The value of `key`, if the span has it.
    public subscript(key: String) -> AttributeValue? {
        if let entry = own.last(where: { $0.key == key }) { return entry.value }
        return shared[key]
    }

    /// Sets `key` to `value` as the span's own.
    public mutating func set(_ key: String, _ value: AttributeValue) {
        own.append(Entry(key: key, value: value))
    }

    /// True when the span has no attributes.
    public var isEmpty: Bool { own.isEmpty && shared.isEmpty }

    /// Every attribute as one dictionary.
    public var dictionary: [String: AttributeValue] {
        guard !own.isEmpty else { return shared }
        var merged = shared
        for entry in own { merged[entry.key] = entry.value }
        return merged
    }

    /// True when both hold the same attributes.
    public static func == (lhs: SpanAttributeStore, rhs: SpanAttributeStore) -> Bool {
        lhs.dictionary == rhs.dictionary
    }

    /// Hashes the attributes, not how they are split.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(dictionary)
    }

    /// Walks each attribute once, with the value that wins, in no set order.
    public struct Iterator: IteratorProtocol {
        private let store: SpanAttributeStore
        private var ownIndex = 0
        private var sharedIndex: Dictionary<String, AttributeValue>.Index

        init(_ store: SpanAttributeStore) {
            self.store = store
            sharedIndex = store.shared.startIndex
        }

        /// The next attribute, or nil after the last.
        public mutating func next() -> (key: String, value: AttributeValue)? {
            while ownIndex < store.own.count {
                let entry = store.own[ownIndex]
                ownIndex += 1
                let overridden = store.own[ownIndex...].contains { $0.key == entry.key }
                if !overridden { return (entry.key, entry.value) }
            }
            while sharedIndex != store.shared.endIndex {
                let (key, value) = store.shared[sharedIndex]
                store.shared.formIndex(after: &sharedIndex)
                if !store.own.contains(where: { $0.key == key }) { return (key, value) }
            }
            return nil
        }
    }

    /// An iterator over every attribute.
    public func makeIterator() -> Iterator {
        Iterator(self)
    }
}
