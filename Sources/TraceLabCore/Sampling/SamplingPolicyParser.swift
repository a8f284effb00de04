/// Why a sampling policy could not be read; the message says what to type instead.
public struct SamplingPolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and what to type.
    public let message: String

    /// The message.
    public var description: String { message }
}

extension SamplingPolicy {
    /// The forms a policy takes, for help and error messages.
    public static let forms = "all, none, head:10%, or tail:errors,slow=2s,rest=5%"

    /// Reads a policy as a learner or a scenario file writes it.
    public static func parse(_ text: String) -> Result<SamplingPolicy, SamplingPolicyError> {
        let trimmed = Self.trim(text)
        switch trimmed {
        case "all": return .success(.all)
        case "none": return .success(.none)
        default: break
        }
        if trimmed.hasPrefix("head:") {
            return ratio(String(trimmed.dropFirst(5)), naming: "head").map { .head(ratio: $0) }
        }
        if trimmed.hasPrefix("tail:") {
            return tailRules(String(trimmed.dropFirst(5))).map { .tail($0) }
        }
        return .failure(
            SamplingPolicyError(
                message: "\(ViolationText.quote(trimmed)) is not a sampling policy; use \(forms)"))
    }

    private static func trim(_ text: some StringProtocol) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    private static func tailRules(_ text: String) -> Result<TailRules, SamplingPolicyError> {
        var rules = TailRules()
        var seen: Set<String> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = Self.trim(part)
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            let key = pair.first ?? ""
            guard !seen.contains(key) else {
                return .failure(
                    SamplingPolicyError(message: "tail rule \(ViolationText.quote(key)) is given twice"))
            }
            seen.insert(key)
            switch (key, pair.count) {
            case ("errors", 1):
                rules.errors = true
            case ("slow", 2), ("wait", 2):
                guard let nanos = DurationText.nanoseconds(pair[1]), nanos > 0 else {
                    return .failure(
                        SamplingPolicyError(
                            message: "\(ViolationText.quote(pair[1])) is not a duration for \(key)=; "
                                + "write one such as 2s or 800ms"))
                }
                if key == "slow" { rules.slowerThanNanos = nanos } else { rules.decisionWaitNanos = nanos }
            case ("rest", 2):
                switch ratio(pair[1], naming: "rest=") {
                case .success(let value): rules.rest = value
                case .failure(let error): return .failure(error)
                }
            default:
                return .failure(
                    SamplingPolicyError(
                        message: "\(ViolationText.quote(item)) is not a tail rule; combine errors, "
                            + "slow=DURATION, rest=PERCENT and wait=DURATION, such as tail:errors,slow=2s,rest=5%"
                    ))
            }
        }
        return .success(rules)
    }

    /// `10%` as 0.1; the percentage must be from 0 to 100.
    private static func ratio(_ text: String, naming name: String) -> Result<Double, SamplingPolicyError> {
        guard text.hasSuffix("%"), let value = Double(text.dropLast()), value.isFinite,
            (0...100).contains(value)
        else {
            return .failure(
                SamplingPolicyError(
                    message: "\(ViolationText.quote(text)) is not a percentage for \(name); "
                        + "write one from 0% to 100%, such as 10%"))
        }
        return .success(value / 100)
    }
}
