/// A lesson: a short course read one step at a time in the REPL, with commands the learner can try.
/// Parsed from a Markdown file by ``LessonParser``.
public struct Lesson: Hashable, Sendable {
    /// The name the lesson is stored and opened under (`distributed-tracing-fundamentals`).
    public var id: String
    /// The title shown above the lesson.
    public var title: String
    /// How long the core path takes, in minutes.
    public var minutes: Int
    /// The scenario `run` uses when the learner names none, if the lesson has one.
    public var scenario: String?
    /// The quiz offered at the end, if any.
    public var quiz: String?
    /// Markdown shown before the first step; empty when the lesson has none.
    public var introduction: String
    /// The steps in reading order; their ids are unique in a lesson that parsed.
    public var steps: [LessonStep]
    /// The line of each front matter key (`id`, `title`, `minutes`, `scenario`, `quiz`) as
    /// written, so later checks can point at it. Empty for a lesson built in code.
    public var frontMatterLines: [String: Int]

    /// Creates a lesson.
    public init(
        id: String, title: String, minutes: Int, scenario: String? = nil, quiz: String? = nil,
        introduction: String = "", steps: [LessonStep], frontMatterLines: [String: Int] = [:]
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.scenario = scenario
        self.quiz = quiz
        self.introduction = introduction
        self.steps = steps
        self.frontMatterLines = frontMatterLines
    }

    /// The position of the step called `stepID`, or nil when there is no such step.
    public func index(of stepID: String) -> Int? {
        steps.firstIndex { $0.id == stepID }
    }

    /// The step called `stepID`, or nil.
    public func step(id stepID: String) -> LessonStep? {
        index(of: stepID).map { steps[$0] }
    }

    /// The step that follows `stepID`, or nil when it is the last step or unknown.
    public func step(after stepID: String) -> LessonStep? {
        guard let index = index(of: stepID), index + 1 < steps.count else { return nil }
        return steps[index + 1]
    }

    /// The step that comes before `stepID`, or nil when it is the first step or unknown.
    public func step(before stepID: String) -> LessonStep? {
        guard let index = index(of: stepID), index > 0 else { return nil }
        return steps[index - 1]
    }
}
