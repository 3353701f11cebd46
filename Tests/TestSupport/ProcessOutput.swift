import Foundation

/// How a program ended and what it printed, for tests that run the built binary.
public struct ProcessOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Runs `process` (executable, arguments and environment already set) to the end, with its
    /// standard output and error captured; `input`, when given, is its whole standard input (otherwise
    /// standard input is whatever the caller set).
    public static func run(_ process: Process, input: String? = nil) throws -> ProcessOutput {
        let out = Pipe()
        let err = Pipe()
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let stdin, let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let outReader = PipeReader(out)
        let errReader = PipeReader(err)
        let status = process.waitForExitStatus()
        let grace = Date().addingTimeInterval(2)
        return ProcessOutput(
            status: status, stdout: String(decoding: outReader.data(waitingUntil: grace), as: UTF8.self),
            stderr: String(decoding: errReader.data(waitingUntil: grace), as: UTF8.self))
    }
}
