import Foundation
import TraceLabCore

/// The benchmark: run in release mode (`./tasks.sh bench`), prints one line per measurement.
/// Each figure is the best of several rounds, to keep the machine's noise out.
/// `tracelab-bench fuzz ...` instead runs the fuzzer (see ``FuzzRun``; `./tasks.sh fuzz`);
/// `tracelab-bench live [content-root]` runs only the live lab's two figures, and
/// `tracelab-bench sampling [content-root]` only what a sampling policy adds to a run, and
/// `tracelab-bench throughput [content-root]` only the one-checkout simulation's throughput,
/// `tracelab-bench load [content-root]` only the many-request figures (the shell's views
/// included, from the `tracelab` built beside it), and `tracelab-bench one-run [content-root]` the
/// one-run figure's work once, for a profiler (`one-run-sampled [head|tail|plain]`: one side of
/// the sampling figure once, sampled head or tail, or keeping everything).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "fuzz" {
    let root =
        ProcessInfo.processInfo.environment["TRACELAB_CONTENT_DIR"]
        ?? FileManager.default.currentDirectoryPath
    exit(FuzzRun.main(Array(arguments.dropFirst()), contentRoot: URL(fileURLWithPath: root)))
}
let onlyLive = arguments.first == "live"
let onlySampling = arguments.first == "sampling"
let onlyLoad = arguments.first == "load"
let onlyThroughput = arguments.first == "throughput"
let oneRunOnce = arguments.first == "one-run"
let sampledRunOnce = arguments.first == "one-run-sampled"
let sampledSide = sampledRunOnce ? arguments.dropFirst().first.flatMap(Benchmarks.SampledSide.init) : nil
let rootArgument =
    onlyLive || onlySampling || onlyLoad || onlyThroughput || oneRunOnce || sampledRunOnce
    ? arguments.dropFirst(sampledSide == nil ? 1 : 2).first : arguments.first
let contentRoot = URL(fileURLWithPath: rootArgument ?? FileManager.default.currentDirectoryPath)
var benchmarks = Benchmarks(contentRoot: contentRoot)
if onlyLive {
    benchmarks.collectorIngest()
    benchmarks.liveOverhead()
} else if onlySampling {
    benchmarks.samplingOverhead()
} else if oneRunOnce {
    benchmarks.oneRunOnce()
} else if sampledRunOnce {
    benchmarks.sampledRunOnce(side: sampledSide ?? .head)
} else if onlyThroughput {
    benchmarks.checkoutThroughput()
} else if onlyLoad {
    benchmarks.loadedRun()
    benchmarks.loadedViews()
    benchmarks.shellViews()
    benchmarks.deepChain()
} else {
    benchmarks.runAll()
}
