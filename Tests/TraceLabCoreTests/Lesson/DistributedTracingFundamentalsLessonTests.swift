import Foundation
import Testing
import TraceLabCore

/// The shipped lesson: well formed, the right size, runnable, and written in our own words.
@Suite struct DistributedTracingFundamentalsLessonTests {
    static let file = "lessons/distributed-tracing-fundamentals.md"
    static let seedPath = "/work/shared/seed/day-093-distributed-tracing-fundamentals.txt"

    let text: String
    let lesson: Lesson

    init() throws {
        text = try String(
            contentsOf: LessonTestSupport.repositoryRoot.appendingPathComponent(Self.file), encoding: .utf8)
        lesson = try LessonParser.parse(text: text, file: Self.file)
    }

    @Test func hasTheExpectedShape() {
        #expect(lesson.id == "distributed-tracing-fundamentals")
        #expect(lesson.title == "Distributed Tracing Fundamentals")
        #expect((25...35).contains(lesson.minutes))
        #expect(lesson.scenario == "checkout")
        #expect(lesson.quiz == "knowledge-check")
        #expect(lesson.steps.count >= 12)
        #expect(Set(lesson.steps.map(\.id)).count == lesson.steps.count)
        for step in lesson.steps {
            #expect(step.prose.split(separator: " ").count >= 20, "step '\(step.id)' is nearly empty")
        }
    }

    @Test func usesOnlyCommandsScenariosAndBoundariesThatExist() {
        #expect(LessonTestSupport.validate(text, file: Self.file) == [])
    }

    @Test func breaksEveryBoundaryAndEndsWithTheQuiz() {
        let commands = lesson.steps.flatMap(\.commands).map(\.text)
        for boundary in LessonTestSupport.checkoutBoundaries {
            #expect(commands.contains("propagation off \(boundary)"), "no step turns off \(boundary)")
        }
        #expect(commands.contains("propagation off all"))
        #expect(lesson.steps.last?.commands.map(\.text) == ["quiz", "quiz tracing-fundamentals"])
        #expect(lesson.steps.contains { $0.commands.contains { $0.text.hasPrefix("traceparent 00-") } })
    }

    @Test func copiesNoRunOfEightWordsFromTheSeed() throws {
        let fingerprints = try Self.seedFingerprints()
        let copied = SeedOverlap.windows(of: text, length: 8).filter {
            fingerprints.contains(SeedOverlap.fingerprint($0))
        }
        #expect(copied.isEmpty, "copied from the seed: \(copied)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath)))
    func copiesNoSentenceOfEightWordsFromTheSeedText() throws {
        let seed = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let lessonWords = " " + SeedOverlap.words(of: text).joined(separator: " ") + " "
        let sentences = seed.split { ".!?\n".contains($0) }.map { SeedOverlap.words(of: String($0)) }
        let copied = sentences.filter {
            $0.count >= 8 && lessonWords.contains(" " + $0.joined(separator: " ") + " ")
        }
        #expect(copied.isEmpty, "copied from the seed: \(copied)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath)))
    func seedFingerprintsMatchTheSeed() throws {
        let seed = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        let expected = Set(SeedOverlap.windows(of: seed, length: 8).map(SeedOverlap.fingerprint))
        #expect(try Self.seedFingerprints() == expected)
    }

    static func seedFingerprints() throws -> Set<UInt64> {
        let list = try LessonTestSupport.fixture("seed/day-093-eight-word-fingerprints.txt")
        return Set(
            list.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { UInt64($0, radix: 16) })
    }
}

/// Word runs and their fingerprints, normalised so case, punctuation and line breaks do not hide
/// a copied sentence.
enum SeedOverlap {
    /// Lowercased words of ASCII letters and digits; everything else separates words.
    static func words(of text: String) -> [String] {
        let scalars = text.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : " "
        }
        return String(scalars).split(separator: " ").map(String.init)
    }

    /// Every run of `length` consecutive words, joined by single spaces.
    static func windows(of text: String, length: Int) -> [String] {
        let words = words(of: text)
        guard words.count >= length else { return [] }
        return (0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") }
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes.
    static func fingerprint(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { hash, byte in (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
}
