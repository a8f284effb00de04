import Foundation
import TraceLabCLI

// The outputs come first: they notice a closed standard output before any file is opened.
let output = FileDescriptorOutput(.standardOutput)
let errors = FileDescriptorOutput(.standardError)
let environment = AppEnvironment.live(executablePath: CommandLine.arguments.first ?? "tracelab")
let code = TraceLabMain.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: environment,
    output: output, errors: errors,
    lineReader: LiveLineReader.make)
exit(code)
