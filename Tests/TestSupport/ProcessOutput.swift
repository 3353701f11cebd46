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

    /// Runs what `process` describes (executable, arguments, environment, folder) to the end, with its
    /// standard output and error captured; `input`, when given, is its whole standard input (otherwise
    /// it reads nothing). The program is started by `Spawn`, never by `process.run()`: Foundation's
    /// `Process.run()` sometimes crashes the whole test run on Linux (see `Spawn`).
    public static func run(_ process: Process, input: String? = nil) throws -> ProcessOutput {
        guard let executable = process.executableURL else { throw Spawn.SpawnFailed(program: "(none)", code: ENOENT) }
        let inputPath = Spawn.temporaryPath()
        let outputPath = Spawn.temporaryPath()
        let errorPath = Spawn.temporaryPath()
        defer { for path in [inputPath, outputPath, errorPath] { unlink(path) } }
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: inputPath))
        let status = try Spawn.spawnAndWait(
            [executable.path] + (process.arguments ?? []), environment: process.environment,
            directory: process.currentDirectoryURL?.path, input: inputPath, output: outputPath, error: errorPath)
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return ProcessOutput(status: status, stdout: read(outputPath), stderr: read(errorPath))
    }
}
