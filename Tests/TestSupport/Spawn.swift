import Foundation

/// Starts programs for the tests with `posix_spawn` and waits for them with the kernel's `waitpid`.
/// Tests start programs only through this, never through Foundation's `Process`: on Linux
/// `Process.run()` itself crashes now and then (swift-corelibs-foundation reads 256 bytes past a
/// `readdir` buffer while listing /proc/self/fd: a SIGSEGV of the whole test run; fixed upstream in
/// PR #5472, not in our toolchain), and its `waitUntilExit` learns of an end from SIGCHLD, which it can
/// miss when many children end at once. `run` runs a program to its end; `Spawn.Child` is one that
/// is written to, read from, signalled and waited for while it runs.
public enum Spawn {
    public struct Result {
        public let status: Int32
        public let output: String
    }

    /// Runs `arguments` (found on PATH) with standard input from /dev/null and standard output and
    /// error together.
    public static func runCombined(_ arguments: [String]) throws -> Result {
        let child = try Child(arguments, output: .capture, error: .toOutput)
        let status = child.wait().status
        return Result(status: status, output: child.output)
    }

    /// Runs `arguments[0]` (a path, or a name found on PATH) to its end with `environment` (nil: this
    /// process's) in `directory` (nil: this one); `input` is its whole standard input (a file, empty
    /// unless given). Standard output and error are captured apart.
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil, input: String = ""
    ) throws -> ProcessOutput {
        let child = try Child(
            arguments, environment: environment, directory: directory, input: .text(input), output: .capture,
            error: .capture)
        let status = child.wait().status
        return ProcessOutput(status: status, stdout: child.output, stderr: child.errorOutput)
    }

    /// This process's environment with `changes` made (a nil value removes the variable).
    public static func environment(_ changes: [String: String?]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in changes { environment[key] = value }
        return environment
    }

    /// A new path in the temporary folder for one run's input or output.
    public static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("yibao-spawn-\(UUID().uuidString)").path
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        public let program: String
        public let code: Int32
        public var description: String { "could not start \(program): \(String(cString: strerror(code)))" }
    }
}
