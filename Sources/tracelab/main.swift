import Foundation
import TraceLabCLI

let environment = AppEnvironment.live(executablePath: CommandLine.arguments.first ?? "tracelab")
let code = TraceLabMain.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: environment,
    output: FileDescriptorOutput(.standardOutput), errors: FileDescriptorOutput(.standardError),
    lineReader: LiveLineReader.make)
exit(code)
