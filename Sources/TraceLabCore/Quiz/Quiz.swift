/// A quiz as loaded from a file: its questions in file order, the share of points needed to
/// pass, and a version that changes whenever the file's text does.
public struct Quiz: Hashable, Sendable {
    /// The name a learner types (`knowledge-check`).
    public var id: String
    /// A one-line title.
    public var title: String
    /// 16 hex digits: the FNV-1a hash of the file's text, so a result records which text it graded.
    public var version: String
    /// The fraction of the maximum score needed to pass, in `0...1`.
    public var passMark: Double
    /// Whether learners see questions and choices in a per-learner order (false: file order for all).
    public var shuffle: Bool
    /// The questions, in file order.
    public var questions: [QuizQuestion]
    /// The file the quiz came from, for messages.
    public var file: String
    /// Where the quiz's own keys are in the file.
    public var lines: QuizSourceLines

    /// Creates a quiz.
    public init(
        id: String, title: String, version: String, passMark: Double, shuffle: Bool = true,
        questions: [QuizQuestion], file: String, lines: QuizSourceLines = QuizSourceLines(start: 1)
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.passMark = passMark
        self.shuffle = shuffle
        self.questions = questions
        self.file = file
        self.lines = lines
    }

    /// The question whose id is `id`.
    public func question(_ id: String) -> QuizQuestion? {
        questions.first { $0.id == id }
    }

    /// The most points the quiz can give.
    public var maxScore: Int {
        questions.reduce(0) { $0 + $1.points }
    }
}

/// The lines of a mapping and of its keys in a content file, so validation can point at them.
public struct QuizSourceLines: Hashable, Sendable {
    /// The line the mapping starts on.
    public var start: Int
    /// The line of each key that was written, by key.
    public var keys: [String: Int]

    /// Creates a line table.
    public init(start: Int, keys: [String: Int] = [:]) {
        self.start = start
        self.keys = keys
    }

    /// The line of `key`, or the mapping's own line when the key was not written.
    public func line(of key: String) -> Int {
        keys[key] ?? start
    }
}

/// One question: what it asks, what it checks, how it is answered and graded, and why the
/// answer is what it is.
public struct QuizQuestion: Hashable, Sendable {
    /// A stable id: answers and results are recorded against it.
    public var id: String
    /// The question as the learner reads it.
    public var prompt: String
    /// The learning objective the question checks.
    public var objective: LearningObjective
    /// Points for a fully correct answer (partial answers earn a share).
    public var points: Int
    /// Shown after grading: why the key is right.
    public var explanation: String
    /// The question's type and key.
    public var form: QuestionForm
    /// The choices in file order (empty for a numeric question).
    public var choices: [QuizChoice]
    /// Whether a shuffled presentation may reorder the choices.
    public var shuffleChoices: Bool
    /// The unit of a numeric answer, such as `ms`, shown to the learner and accepted after a number.
    public var unit: String?
    /// Where the question and its keys are in the file.
    public var lines: QuizSourceLines

    /// Creates a question.
    public init(
        id: String, prompt: String, objective: LearningObjective, points: Int = 1, explanation: String,
        form: QuestionForm, choices: [QuizChoice] = [], shuffleChoices: Bool = true, unit: String? = nil,
        lines: QuizSourceLines = QuizSourceLines(start: 1)
    ) {
        self.id = id
        self.prompt = prompt
        self.objective = objective
        self.points = points
        self.explanation = explanation
        self.form = form
        self.choices = choices
        self.shuffleChoices = shuffleChoices
        self.unit = unit
        self.lines = lines
    }

    /// What the learner has to give.
    public var response: ResponseKind {
        switch form {
        case .single: .oneChoice
        case .multiple: .severalChoices
        case .ordering: .ordering
        case .numeric: .number
        case .trace(let trace):
            switch trace.answer {
            case .choice: .oneChoice
            case .numeric: .number
            case .ordering: .ordering
            }
        }
    }

    /// The choice whose id is `id`.
    public func choice(_ id: String) -> QuizChoice? {
        choices.first { $0.id == id }
    }
}

/// The kind of answer a question takes.
public enum ResponseKind: String, Hashable, Sendable {
    /// Exactly one choice.
    case oneChoice = "one choice"
    /// One or more choices.
    case severalChoices = "several choices"
    /// Every choice, in an order.
    case ordering = "an ordering of the choices"
    /// A number.
    case number = "a number"
}

/// One answer a learner can pick.
public struct QuizChoice: Hashable, Sendable {
    /// A stable id: answers are recorded by it, never by letter.
    public var id: String
    /// What the learner reads.
    public var text: String
    /// For a trace question, the value compared with the computed fact (nil: the text is compared).
    public var value: String?
    /// The choice's line in the file.
    public var line: Int

    /// Creates a choice.
    public init(id: String, text: String, value: String? = nil, line: Int = 1) {
        self.id = id
        self.text = text
        self.value = value
        self.line = line
    }

    /// The value a trace question compares with its computed fact: ``value`` or else ``text``.
    public var comparedValue: String { value ?? text }
}

/// A question's type together with its key.
public enum QuestionForm: Hashable, Sendable {
    /// One choice is right: the one with this id.
    case single(key: String)
    /// Several choices are right: these ids. Partial credit: see ``QuizGrader``.
    case multiple(key: [String])
    /// The choices must be put in this order of ids. Partial credit: see ``QuizGrader``.
    case ordering(key: [String])
    /// A number, right when within `tolerance` of `key`.
    case numeric(key: Double, tolerance: Double)
    /// The key is computed from a scenario run.
    case trace(TraceQuestion)

    /// The type's name as quiz files write it.
    public var typeName: String {
        switch self {
        case .single: "single"
        case .multiple: "multiple"
        case .ordering: "ordering"
        case .numeric: "numeric"
        case .trace: "trace"
        }
    }
}

/// A question whose key is a fact computed from running a scenario.
public struct TraceQuestion: Hashable, Sendable {
    /// The scenario, propagation settings and fact to compute.
    public var query: TraceFactQuery
    /// How the learner answers.
    public var answer: TraceAnswerForm

    /// Creates a trace question.
    public init(query: TraceFactQuery, answer: TraceAnswerForm) {
        self.query = query
        self.answer = answer
    }
}

/// How a learner answers a trace question.
public enum TraceAnswerForm: Hashable, Sendable {
    /// Pick the one choice whose value equals the computed fact.
    case choice
    /// Type a number; right when within `tolerance` of the computed fact.
    case numeric(tolerance: Double)
    /// Order the choices as the computed list orders their values.
    case ordering

    /// The form's name as quiz files write it.
    public var name: String {
        switch self {
        case .choice: "choice"
        case .numeric: "numeric"
        case .ordering: "ordering"
        }
    }
}
