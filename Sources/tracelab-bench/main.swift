import Foundation
import TraceLabCore

/// The benchmark: run in release mode (`./tasks.sh bench`), prints one line per measurement.
/// Each figure is the best of several rounds, to keep the machine's noise out.
/// `tracelab-bench fuzz ...` instead runs the fuzzer (see ``FuzzRun``; `./tasks.sh fuzz`).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "fuzz" {
    let root =
        ProcessInfo.processInfo.environment["TRACELAB_CONTENT_DIR"]
        ?? FileManager.default.currentDirectoryPath
    exit(FuzzRun.main(Array(arguments.dropFirst()), contentRoot: URL(fileURLWithPath: root)))
}
let contentRoot = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
var benchmarks = Benchmarks(contentRoot: contentRoot)
benchmarks.runAll()
