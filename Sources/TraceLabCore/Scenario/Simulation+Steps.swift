/// The step interpreter: runs a frame's steps at the current instant until one takes time
/// (work, a call, a publish, parallel branches), which schedules the frame's next event.
extension Simulation {
    /// Interprets frame `index` from its next step.
    mutating func advance(_ index: Int) throws(ScenarioRunError) {
        let block = frames[index].block
        let invocation = frames[index].invocation
        let count = compiled.blocks[block].count
        while true {
            let position = frames[index].position
            guard frames[index].failure < 0, position < count else {
                try complete(index)
                return
            }
            frames[index].position = position + 1
            switch compiled.blocks[block][position] {
            case .work(let table):
                let run = min(invocations[invocation].number, compiled.workDurations[table].count - 1)
                let took = compiled.workDurations[table][run] + jitterNanos()
                if took > 0 {
                    // A duration the scenario fixes comes again and again: it can have a lane.
                    if scenario.jitterNanos == 0 {
                        queue.schedule(.resume(index), at: now + took, afterDelay: took)
                    } else {
                        queue.schedule(.resume(index), at: now + took)
                    }
                    return
                }
            case .vary(let distribution):
                let took = distribution.sample(uniformAboveZero(), uniform()) + jitterNanos()
                if took > 0 {
                    queue.schedule(.resume(index), at: now + took)
                    return
                }
            case .fail(let text):
                frames[index].failure = failure(compiled.texts[text])
            case .failSometimes(let text, let rate):
                if uniform() < rate { frames[index].failure = failure(compiled.texts[text]) }
            case .log(let text):
                let request = invocations[invocation].request
                loggers[compiled.operations[invocations[invocation].operation].service].log(
                    compiled.texts[text], at: now, spanContext: invocationContexts[invocation],
                    correlationID: correlationIDs[request])
            case .call(let call):
                try startAttempt(frame: index, call: call, number: 1)
                return
            case .publish(let publish):
                let done = try self.publish(publish, frame: index)
                if done > now {
                    queue.schedule(.resume(index), at: done, afterDelay: done - now)
                    return
                }
            case .parallel(let first, let branches):
                frames[index].firstBranch = frames.count
                frames[index].branches = branches
                frames[index].openBranches = branches
                for block in first..<(first + branches) {
                    frames.append(Frame(invocation: invocation, block: block, parent: index))
                    queue.schedule(.resume(frames.count - 1), at: now, afterDelay: 0)
                }
                return
            }
        }
    }

    /// A frame ran out of steps or failed: a branch tells its parent, an operation finishes.
    private mutating func complete(_ index: Int) throws(ScenarioRunError) {
        let parent = frames[index].parent
        guard parent >= 0 else {
            try finish(frames[index].invocation, failure: frames[index].failure)
            return
        }
        frames[parent].openBranches -= 1
        guard frames[parent].openBranches == 0 else { return }
        // The first branch to fail, in the order written, decides the step's failure.
        if frames[parent].failure < 0 {
            let first = frames[parent].firstBranch
            let failed = (first..<(first + frames[parent].branches)).first { frames[$0].failure >= 0 }
            if let failed { frames[parent].failure = frames[failed].failure }
        }
        queue.schedule(.resume(parent), at: now, afterDelay: 0)
    }

    mutating func jitterNanos() -> UInt64 {
        scenario.jitterNanos == 0 ? 0 : jitter.next() % (scenario.jitterNanos + 1)
    }

    /// A uniform number in `[0, 1)` from the variation generator.
    mutating func uniform() -> Double {
        Double(variation.next() >> 11) / Double(UInt64(1) << 53)
    }

    /// A uniform number in `(0, 1]` from the variation generator.
    mutating func uniformAboveZero() -> Double {
        Double((variation.next() >> 11) + 1) / Double(UInt64(1) << 53)
    }
}
