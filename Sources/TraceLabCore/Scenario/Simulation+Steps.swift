/// The step interpreter: runs a frame's steps at the current instant until one takes time
/// (work, a call, a publish, parallel branches), which schedules the frame's next event.
extension Simulation {
    /// Interprets frame `index` from its next step.
    func advance(_ index: Int) throws(ScenarioRunError) {
        while true {
            let frame = frames[index]
            let steps = compiled.blocks[frame.block]
            guard frame.failure == nil, frame.position < steps.count else {
                try complete(index)
                return
            }
            frames[index].position += 1
            let invocation = invocations[frame.invocation]
            switch steps[frame.position] {
            case .work(let durations):
                let took = durations[min(invocation.number, durations.count - 1)] + jitterNanos()
                if took > 0 {
                    queue.schedule(.resume(index), at: now + took)
                    return
                }
            case .vary(let distribution):
                let took = distribution.sample(uniformAboveZero(), uniform()) + jitterNanos()
                if took > 0 {
                    queue.schedule(.resume(index), at: now + took)
                    return
                }
            case .fail(let message):
                frames[index].failure = message
            case .failSometimes(let message, let rate):
                if uniform() < rate { frames[index].failure = message }
            case .log(let message):
                loggers[compiled.operations[invocation.operation].service].log(
                    message, at: now, spanContext: invocation.context,
                    correlationID: requests[invocation.request].correlationID)
            case .call(let call):
                try startAttempt(frame: index, call: call, number: 1)
                return
            case .publish(let publish):
                let done = try self.publish(publish, frame: index)
                if done > now {
                    queue.schedule(.resume(index), at: done)
                    return
                }
            case .parallel(let blocks):
                var branches: [Int] = []
                for block in blocks {
                    frames.append(Frame(invocation: frame.invocation, block: block, parent: index))
                    branches.append(frames.count - 1)
                    queue.schedule(.resume(frames.count - 1), at: now)
                }
                frames[index].branches = branches
                frames[index].openBranches = branches.count
                return
            }
        }
    }

    /// A frame ran out of steps or failed: a branch tells its parent, an operation finishes.
    private func complete(_ index: Int) throws(ScenarioRunError) {
        let frame = frames[index]
        guard let parent = frame.parent else {
            try finish(frame.invocation, failure: frame.failure)
            return
        }
        frames[parent].openBranches -= 1
        guard frames[parent].openBranches == 0 else { return }
        // The first branch to fail, in the order written, decides the step's failure.
        let failure = frames[parent].branches.lazy.compactMap { self.frames[$0].failure }.first
        frames[parent].failure = frames[parent].failure ?? failure
        queue.schedule(.resume(parent), at: now)
    }

    func jitterNanos() -> UInt64 {
        scenario.jitterNanos == 0 ? 0 : jitter.next() % (scenario.jitterNanos + 1)
    }

    /// A uniform number in `[0, 1)` from the variation generator.
    func uniform() -> Double {
        Double(variation.next() >> 11) / Double(UInt64(1) << 53)
    }

    /// A uniform number in `(0, 1]` from the variation generator.
    func uniformAboveZero() -> Double {
        Double((variation.next() >> 11) + 1) / Double(UInt64(1) << 53)
    }
}
