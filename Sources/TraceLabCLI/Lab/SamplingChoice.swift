import ArgumentParser
import TraceLabCore

/// The learner's sampling choices as typed (`head:10%`, `billing=head:50%`), checked and applied
/// to the lab bench: shared by `run --sample/--sampler`, `sampling` and `sampler`.
enum SamplingChoice {
    /// What a service does with its parent's decision: its own policy, or `parent` to follow it.
    struct ServiceChoice: Hashable, Sendable {
        let service: String
        /// nil: follow the parent again.
        let policy: SamplingPolicy?
    }

    /// The word that puts a service back to following its parent.
    static let followParent = "parent"

    /// A policy as typed, or a usage error that lists the forms.
    static func policy(from text: String) throws -> SamplingPolicy {
        switch SamplingPolicy.parse(text) {
        case .success(let policy): return policy
        case .failure(let error): throw ValidationError(TextSafety.clean(error.message))
        }
    }

    /// `SERVICE=POLICY` (or `SERVICE=parent`) as typed with `--sampler`.
    static func serviceChoice(from text: String) throws -> ServiceChoice {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw ValidationError(
                "'\(TextSafety.clean(text))' is not SERVICE=POLICY; write one such as billing=head:50% "
                    + "(or billing=\(followParent) to make it follow its caller again)")
        }
        return try serviceChoice(service: parts[0], policy: parts[1])
    }

    /// A service and its policy (or `parent`) as typed at the prompt.
    static func serviceChoice(service: String, policy text: String) throws -> ServiceChoice {
        if text == followParent { return ServiceChoice(service: service, policy: nil) }
        let policy = try policy(from: text)
        if let problem = SamplingSettings.checkServicePolicy(policy, service: TextSafety.clean(service)) {
            throw ValidationError(problem.message)
        }
        return ServiceChoice(service: service, policy: policy)
    }

    /// `state` with the pipeline policy and the service choices applied, checked against the
    /// scenario's services. Without any choice, `state` as it was.
    static func apply(
        policy: SamplingPolicy?, services: [ServiceChoice], to state: LabState, library: ContentLibrary
    ) throws -> LabState {
        guard policy != nil || !services.isEmpty else { return state }
        let scenario = try library.scenario(state.scenarioID)
        try LabBench.checkServices(services.map(\.service), in: scenario)
        var state = state
        var settings = state.effectiveSampling(for: scenario)
        if let policy { settings.policy = policy }
        for choice in services { settings.samplers[choice.service] = choice.policy }
        state.sampling = settings
        state.selectedTrace = nil
        return state
    }
}
