import Foundation

/// The shell's views: each `tracelab` command is a new process, so this times whole processes
/// of the `tracelab` built beside the benchmark, as a learner's shell runs them.
extension Benchmarks {
    /// `tracelab metrics` and `tracelab traces --slowest` after `tracelab run` of 10,000
    /// checkouts at 1,000/s, each the median of 11 processes timed in turn.
    func shellViews() {
        guard let tracelab = tracelabBeside() else {
            print("shell views: no tracelab beside tracelab-bench; build it first")
            return
        }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tracelab-bench-shell-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: data) }
        let base = [tracelab, "--data-dir", data.path]
        let run = shellSeconds(
            base + ["run", "checkout", "--requests", "10000", "--rate", "1000", "--seed", "7"])
        guard let run else {
            print("shell views: 'tracelab run' failed")
            return
        }
        var metrics: [Double] = []
        var traces: [Double] = []
        for _ in 0..<11 {
            metrics.append(shellSeconds(base + ["metrics"]) ?? .infinity)
            traces.append(shellSeconds(base + ["traces", "--slowest"]) ?? .infinity)
        }
        let medians = (metrics.sorted()[5], traces.sorted()[5])
        report(
            "shell metrics / traces",
            "\(Stopwatch.ms(medians.0)) / \(Stopwatch.ms(medians.1)) each a new process, "
                + "after 'tracelab run' of 10,000 (\(Stopwatch.ms(run)))",
            target: "≤ 50 ms", met: max(medians.0, medians.1) <= 0.05)
    }

    /// The `tracelab` executable in this benchmark's folder, or nil when it was not built.
    func tracelabBeside() -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("tracelab").path
        return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil
    }

    /// The wall time of one process running `arguments` with its input and output on
    /// `/dev/null`, started with `posix_spawn` as a shell starts it (Foundation's `Process` adds
    /// tens of milliseconds of its own); nil when it could not start or exited with a failure.
    private func shellSeconds(_ arguments: [String]) -> Double? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let words =
            (arguments + ["TRACELAB_CONTENT_DIR=\(contentRoot.path)", "HOME=\(NSTemporaryDirectory())"])
            .map { strdup($0) }
        defer { for word in words { free(word) } }
        let argv = Array(words.prefix(arguments.count)) + [nil]
        let environment = Array(words.suffix(2)) + [nil]
        let start = DispatchTime.now().uptimeNanoseconds
        var child: pid_t = 0
        guard posix_spawn(&child, arguments[0], &actions, nil, argv, environment) == 0 else { return nil }
        var status: Int32 = 0
        guard waitpid(child, &status, 0) == child else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return status == 0 ? seconds : nil
    }
}
