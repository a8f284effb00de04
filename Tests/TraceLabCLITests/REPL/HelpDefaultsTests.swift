import Testing

/// Every command's help says each default once: the parser prints `(default: …)` itself.
@Suite struct HelpDefaultsTests {
    @Test func noOptionNamesItsDefaultTwice() throws {
        let root = try TestApp().run(["--help"])
        let listed = root.output.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let commands = listed.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(commands.contains("traces") && commands.contains("review") && commands.count > 20)
        for command in commands {
            let help = try TestApp().run([command, "--help"]).output
            let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(
                flat.range(of: #"\(default[^)]*\)\.? \(default"#, options: .regularExpression) == nil,
                "\(command)'s help names a default twice")
        }
    }
}
