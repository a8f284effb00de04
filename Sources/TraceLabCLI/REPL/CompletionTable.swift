import Foundation
import TraceLabCore
import TraceLabTerminal

/// What Tab completes at the prompt, command by command: scenario ids, boundaries, step ids
/// and quiz ids come from the content on disk when Tab is pressed.
enum CompletionTable {
    static func engine(library: ContentLibrary) -> CompletionEngine {
        let scenarios = ArgumentCompletion.dynamic { library.scenarioIDs }
        let boundaries = ArgumentCompletion.dynamic {
            library.scenarioIDs.flatMap { id in ((try? library.scenario(id))?.boundaries ?? []).map(\.name) }
        }
        let boundariesOrAll = ArgumentCompletion.dynamic {
            ["all"]
                + library.scenarioIDs.flatMap { id in
                    ((try? library.scenario(id))?.boundaries ?? []).map(\.name)
                }
        }
        let samplingPolicies = ArgumentCompletion.words([
            "all", "none", "head:10%", "tail:errors,slow=2s,rest=5%",
        ])
        let quizzes = ArgumentCompletion.dynamic { QuizCatalog(library: library).quizIDs }
        let steps = ArgumentCompletion.dynamic {
            guard let file = library.lessonFiles.first, let text = try? library.read(file, what: "lesson"),
                let lesson = try? LessonParser.parse(text: text, file: file.lastPathComponent)
            else { return [] }
            return lesson.steps.map(\.id)
        }
        let global: [String: FlagCompletion] = [
            "--no-color": .noValue, "--no-pager": .noValue, "--data-dir": .value(.nothing),
            "--learner": .value(.nothing),
            "--help": .noValue,
        ]
        func spec(_ arguments: [ArgumentCompletion] = [], _ flags: [String: FlagCompletion] = [:])
            -> CompletionSpec
        {
            CompletionSpec(arguments: arguments, flags: flags.merging(global) { own, _ in own })
        }
        var commands: [String: CompletionSpec] = [:]
        for type in RootCommand.commandTypes {
            if let name = type.configuration.commandName { commands[name] = spec() }
        }
        commands["run"] = spec(
            [scenarios],
            [
                "--off": .value(boundaries), "--propagation": .value(.words(["on", "off"])),
                "--format": .value(.words(["text", "json", "otlp", "jaeger"])), "--seed": .value(.nothing),
                "--export": .value(.nothing), "--export-format": .value(.words(["protobuf", "json"])),
                "--requests": .value(.nothing), "--rate": .value(.nothing),
                "--arrivals": .value(.words(["poisson", "even"])),
                "--sample": .value(samplingPolicies), "--sampler": .value(.nothing),
                "--brief": .noValue,
            ])
        let services = ArgumentCompletion.dynamic {
            Array(
                Set(
                    library.scenarioIDs.flatMap { id in
                        ((try? library.scenario(id))?.services ?? []).map(\.name)
                    })
            ).sorted()
        }
        commands["traces"] = spec(
            [],
            [
                "--slowest": .noValue, "--errors": .noValue, "--dropped": .noValue,
                "--limit": .value(.nothing),
            ])
        commands["trace"] = spec([.nothing])
        commands["logs"] = spec(
            [],
            [
                "--service": .value(services), "--trace": .value(.nothing),
                "--format": .value(.words(["text", "json"])),
            ])
        commands["live"] = spec(
            [scenarios],
            [
                "--off": .value(boundaries), "--propagation": .value(.words(["on", "off"])),
                "--format": .value(.words(["text", "json", "otlp", "jaeger"])), "--seed": .value(.nothing),
                "--view": .value(.words(["report", "trace", "waterfall", "critical", "headers"])),
                "--requests": .value(.nothing), "--rate": .value(.nothing), "--time-scale": .value(.nothing),
                "--export": .value(.nothing), "--export-format": .value(.words(["protobuf", "json"])),
            ])
        commands["collect"] = spec(
            [],
            [
                "--host": .value(.nothing), "--port": .value(.nothing), "--quiet": .value(.nothing),
                "--format": .value(.words(["text", "json"])),
            ])
        commands["propagation"] = spec([.words(["on", "off"]), boundariesOrAll])
        commands["sampling"] = spec([samplingPolicies])
        commands["sampler"] = spec([services, .words(["parent", "all", "none", "head:50%"])])
        commands["headers"] = spec([boundaries])
        commands["goto"] = spec([steps])
        commands["quiz"] = spec(
            [quizzes],
            [
                "--answers": .value(.nothing), "--answers-file": .value(.nothing),
                "--format": .value(.words(["text", "json", "junit"])), "--exam": .noValue,
                "--shuffle": .noValue,
                "--no-record": .noValue,
            ])
        commands["review"] = spec([quizzes])
        commands["scores"] = spec(
            [], ["--quiz": .value(quizzes), "--format": .value(.words(["table", "csv", "json"]))])
        commands["grade"] = spec(
            [.nothing], ["--quiz": .value(quizzes), "--format": .value(.words(["csv", "json"]))])
        commands["traceparent"] = spec([.nothing], ["--tracestate": .value(.nothing)])
        commands["exercise"] = spec(
            [.words(["propagation", "starter", "endpoint"]), .nothing],
            [
                "--format": .value(.words(["text", "json", "junit"])), "--level": .value(.words(["1", "2"])),
                "--lang": .value(.words(StarterLanguage.allCases.map(\.rawValue))), "--no-record": .noValue,
                "--host": .value(.nothing), "--port": .value(.nothing),
            ])
        commands["help"] = CompletionSpec(arguments: [.words(commands.keys.sorted())])
        return CompletionEngine(commands: commands)
    }
}
