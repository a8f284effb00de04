import Testing

/// Error messages stay one line for scripts and wrap at word boundaries at a terminal.
@Suite struct ErrorWrappingTests {
    @Test func aLongErrorWrapsAtATerminalAndStaysOneLineOtherwise() throws {
        var app = try TestApp()
        app.extraVariables = ["COLUMNS": "40"]
        let piped = app.run(["span", "4c"])
        #expect(piped.errorLines.count == 1)
        app.outputIsTerminal = true
        let shown = app.run(["span", "4c"])
        #expect(shown.exitCode == 64)
        #expect(shown.errorLines.count > 1)
        #expect(shown.errorLines.allSatisfy { $0.count <= 40 })
        #expect(
            shown.errors.replacingOccurrences(of: "\n", with: " ")
                == piped.errors.replacingOccurrences(of: "\n", with: " "))
    }
}

/// `headers` shows the correlation id that every hop sends, with propagation on or off.
@Suite struct CorrelationHeaderTests {
    @Test(arguments: ["on", "off"])
    func headersShowTheCorrelationID(propagation: String) throws {
        let app = try TestApp()
        _ = app.run(["propagation", propagation, "all"])
        let headers = app.run(["headers"])
        #expect(headers.exitCode == 0)
        #expect(headers.output.contains("x-correlation-id:"))
        #expect(headers.output.contains("sent whatever the propagation"))
    }
}
