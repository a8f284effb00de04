/// A lab scenario: the services of a small system, what each operation does on the virtual
/// clock, and which request the user sends. Loaded from a YAML file under `lessons/`.
public struct Scenario: Hashable, Sendable {
    /// The name a learner types (`checkout`).
    public var id: String
    /// A one-line title.
    public var title: String
    /// A short description of the story.
    public var summary: String
    /// The service that receives the user's request.
    public var entryService: String
    /// The operation the user's request invokes on the entry service.
    public var entryOperation: String
    /// One-way network delay added to every HTTP hop, in each direction.
    public var networkLatencyNanos: UInt64
    /// Up to this much random extra time is added to each `work` step when a seed is given.
    public var jitterNanos: UInt64
    /// Every service, in file order.
    public var services: [Service]
    /// The sampling policy a run uses unless the learner picks another (`sampling:`); nil for all.
    public var sampling: SamplingPolicy?

    /// Creates a scenario.
    public init(
        id: String, title: String, summary: String, entryService: String, entryOperation: String,
        networkLatencyNanos: UInt64, jitterNanos: UInt64, services: [Service]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.entryService = entryService
        self.entryOperation = entryOperation
        self.networkLatencyNanos = networkLatencyNanos
        self.jitterNanos = jitterNanos
        self.services = services
    }

    /// The sampling the scenario asks for when the learner does not choose: its `sampling:`
    /// policy and each service's `sampler:`.
    public var defaultSampling: SamplingSettings {
        var samplers: [String: SamplingPolicy] = [:]
        for service in services { samplers[service.name] = service.sampler }
        return SamplingSettings(policy: sampling ?? .all, samplers: samplers)
    }

    /// The service called `name`.
    public func service(_ name: String) -> Service? { services.first { $0.name == name } }

    /// Every boundary a request can cross, in the order the file first mentions them.
    public var boundaries: [Boundary] {
        var seen = Set<String>()
        var result: [Boundary] = []
        func visit(_ steps: [Step], from service: String) {
            for step in steps {
                switch step {
                case .call(let call):
                    let boundary = Boundary(from: service, to: call.service, carrier: .http)
                    if seen.insert(boundary.name).inserted { result.append(boundary) }
                case .publish(let publish):
                    let boundary = Boundary(from: service, to: publish.consumer, carrier: .message)
                    if seen.insert(boundary.name).inserted { result.append(boundary) }
                case .parallel(let branches):
                    for branch in branches { visit(branch, from: service) }
                case .work, .fail, .workDistribution, .failSometimes, .log:
                    break
                }
            }
        }
        for service in services {
            for operation in service.operations { visit(operation.steps, from: service.name) }
        }
        return result
    }
}

/// A place where a request or message leaves one service for another.
public struct Boundary: Hashable, Sendable {
    /// The calling or publishing service.
    public var from: String
    /// The called or consuming service.
    public var to: String
    /// Headers or message metadata.
    public var carrier: BoundaryCrossing.Carrier

    /// Creates a boundary.
    public init(from: String, to: String, carrier: BoundaryCrossing.Carrier) {
        self.from = from
        self.to = to
        self.carrier = carrier
    }

    /// `from:to`, the name a learner types.
    public var name: String { "\(from):\(to)" }
}

extension Scenario {
    /// A service and the operations it serves.
    public struct Service: Hashable, Sendable {
        /// The service's name, as its spans report it.
        public var name: String
        /// Operations by name, in file order.
        public var operations: [Operation]
        /// How many requests or messages the service handles at once (`workers: 4`); nil for no
        /// limit. Further arrivals wait in a first-in, first-out queue for a free worker.
        public var workers: Int?
        /// The policy the service applies on its own, ignoring its parent's decision
        /// (`sampler: head:50%`); nil to follow the parent, as services should.
        public var sampler: SamplingPolicy?

        /// Creates a service.
        public init(
            name: String, operations: [Operation], workers: Int? = nil, sampler: SamplingPolicy? = nil
        ) {
            self.sampler = sampler
            self.name = name
            self.operations = operations
            self.workers = workers
        }

        /// The operation called `name`.
        public func operation(_ name: String) -> Operation? { operations.first { $0.name == name } }
    }

    /// What a service does when an operation is invoked: steps run one after another.
    public struct Operation: Hashable, Sendable {
        /// The operation's name, which becomes the server (or consumer) span's name.
        public var name: String
        /// The steps, in order.
        public var steps: [Step]

        /// Creates an operation.
        public init(name: String, steps: [Step]) {
            self.name = name
            self.steps = steps
        }
    }

    /// One step of an operation.
    public indirect enum Step: Hashable, Sendable {
        /// Local work. The n-th invocation of the operation takes the n-th duration; the last
        /// repeats (so `[1240ms, 580ms]` makes only the first attempt slow).
        case work([UInt64])
        /// A synchronous HTTP call to another service.
        case call(Call)
        /// A message published to a queue for another service to consume later.
        case publish(Publish)
        /// Branches that run at the same time; the step ends when the slowest ends.
        case parallel([[Step]])
        /// The operation fails here with this message (its span ends with an error).
        case fail(String)
        /// Local work whose duration is drawn from a distribution for every invocation.
        case workDistribution(LatencyDistribution)
        /// The operation fails here with this message in a share of invocations (`rate`, 0...1),
        /// drawn from the seed; otherwise the step does nothing.
        case failSometimes(String, rate: Double)
        /// The service writes this log line at the current instant, with the trace context it has.
        case log(String)
    }

    /// A synchronous call, with an optional timeout and retries.
    public struct Call: Hashable, Sendable {
        /// The called service.
        public var service: String
        /// The called operation.
        public var operation: String
        /// The caller gives up after this long (nil: waits for the answer).
        public var timeoutNanos: UInt64?
        /// Extra attempts after a timeout or an error.
        public var retries: Int
        /// Pause before each retry.
        public var backoffNanos: UInt64

        /// Creates a call.
        public init(
            service: String, operation: String, timeoutNanos: UInt64? = nil, retries: Int = 0,
            backoffNanos: UInt64 = 0
        ) {
            self.service = service
            self.operation = operation
            self.timeoutNanos = timeoutNanos
            self.retries = retries
            self.backoffNanos = backoffNanos
        }
    }

    /// A message published to a queue.
    public struct Publish: Hashable, Sendable {
        /// The queue topic, such as `purchase.completed`.
        public var topic: String
        /// The consuming service.
        public var consumer: String
        /// The consumer's operation that handles the message.
        public var operation: String
        /// How long publishing takes (the producer span).
        public var durationNanos: UInt64
        /// How long the message waits in the queue before the consumer starts.
        public var queueDelayNanos: UInt64

        /// Creates a publish step.
        public init(
            topic: String, consumer: String, operation: String, durationNanos: UInt64, queueDelayNanos: UInt64
        ) {
            self.topic = topic
            self.consumer = consumer
            self.operation = operation
            self.durationNanos = durationNanos
            self.queueDelayNanos = queueDelayNanos
        }
    }
}
