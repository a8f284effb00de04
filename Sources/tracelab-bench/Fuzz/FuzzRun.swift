import Foundation
import TraceLabCore

#if canImport(Glibc)
    import Glibc
#endif

/// `tracelab-bench fuzz`: feeds mutated input to every reader for a time budget. Before each
/// input it writes the reader's name and the input to a state folder, so when the process
/// crashes, hangs (and is killed) or grows its memory, `./tasks.sh fuzz` saves that input under
/// `Tests/Fuzz/` as a regression fixture. `--replay <folder>` reads every saved fixture once.
struct FuzzRun {
    /// The resident set size, in bytes, beyond which the run stops and reports memory growth.
    static let memoryLimitBytes = 1_500_000_000

    let targets: [FuzzTarget]
    let fixtures: URL

    /// Runs the mode the arguments (after `fuzz`) name and returns the exit code.
    static func main(_ arguments: [String], contentRoot: URL) -> Int32 {
        let option = { (name: String) in
            arguments.firstIndex(of: name).flatMap {
                arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil
            }
        }
        let run = FuzzRun(
            targets: FuzzTarget.all(contentRoot: contentRoot),
            fixtures: contentRoot.appendingPathComponent("Tests/Fuzz", isDirectory: true))
        if let folder = option("--replay") { return run.replay(URL(fileURLWithPath: folder)) }
        let seconds = option("--seconds").flatMap(Double.init) ?? 10
        let seed = option("--seed").flatMap(UInt64.init) ?? 1
        let state = URL(fileURLWithPath: option("--state") ?? NSTemporaryDirectory(), isDirectory: true)
        return run.fuzz(seconds: seconds, seed: seed, state: state)
    }

    /// Reads every fixture in `folder` with the reader its name starts with.
    func replay(_ folder: URL) -> Int32 {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var count = 0
        for name in names {
            guard let target = targets.first(where: { name.hasPrefix($0.name + "-") }),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            else { continue }
            target.read(String(decoding: data, as: UTF8.self))
            count += 1
        }
        print("fuzz: replayed \(count) saved inputs")
        return 0
    }

    /// Mutates and reads inputs, reader after reader, for `seconds`.
    func fuzz(seconds: Double, seed: UInt64, state: URL) -> Int32 {
        let inputPath = state.appendingPathComponent("input").path
        let targetPath = state.appendingPathComponent("target").path
        let input = open(inputPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard input >= 0 else {
            print("fuzz: cannot write \(inputPath)")
            return 74
        }
        defer { close(input) }
        var random = FuzzRandom(seed: seed)
        let start = Date()
        var total = 0
        for (index, target) in targets.enumerated() {
            try? target.name.write(toFile: targetPath, atomically: false, encoding: .utf8)
            let corpus = (target.seeds.map { Array($0.utf8) } + savedInputs(for: target))
            let deadline = seconds * Double(index + 1) / Double(targets.count)
            var count = 0
            while Date().timeIntervalSince(start) < deadline {
                let base = corpus[random.below(corpus.count)]
                let bytes = FuzzMutator.mutate(base, corpus: corpus, random: &random)
                _ = bytes.withUnsafeBytes { pwrite(input, $0.baseAddress, $0.count, 0) }
                _ = ftruncate(input, off_t(bytes.count))
                target.read(String(decoding: bytes, as: UTF8.self))
                count += 1
                if count % 64 == 0, Self.residentBytes() > Self.memoryLimitBytes {
                    print("fuzz: \(target.name): memory grew past \(Self.memoryLimitBytes / 1_000_000) MB")
                    return 3
                }
            }
            print("fuzz: \(target.name): \(count) inputs")
            total += count
        }
        print(
            "fuzz: \(total) inputs to \(targets.count) readers in \(Int(seconds)) s (seed \(seed)): "
                + "no crash, hang or memory growth")
        return 0
    }

    private func savedInputs(for target: FuzzTarget) -> [[UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.sorted().filter { $0.hasPrefix(target.name + "-") }.compactMap {
            FileManager.default.contents(atPath: fixtures.appendingPathComponent($0).path).map { Array($0) }
        }
    }

    /// This process's resident set size, from /proc.
    private static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
