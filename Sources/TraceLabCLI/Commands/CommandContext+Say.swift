import TraceLabTerminal

extension CommandContext {
    /// The terminal style for this context: colour only on a terminal without `NO_COLOR` or
    /// `--no-color`, width from the terminal, `COLUMNS`, or 80.
    func style(_ global: GlobalOptions) -> TerminalStyle {
        TerminalStyle.resolve(
            environment: environment.variables, isTerminal: environment.outputIsTerminal,
            terminalColumns: environment.terminalColumns, noColorFlag: global.noColor)
    }

    /// Writes a plain message to standard output, wrapped at word boundaries to the width.
    func say(_ text: String, _ global: GlobalOptions) {
        output.line(ProseWrapper.wrap(text, style: style(global)))
    }
}
