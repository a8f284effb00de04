import Foundation
import TraceLabCore

/// The benchmark: run in release mode (`./tasks.sh bench`), prints one line per measurement.
/// Each figure is the best of several rounds, to keep the machine's noise out.
let arguments = CommandLine.arguments.dropFirst()
let contentRoot = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
var benchmarks = Benchmarks(contentRoot: contentRoot)
benchmarks.runAll()
