import Foundation

/// Runs a program to completion with `posix_spawn` and a blocking `waitpid`, its output captured in
/// temporary files. Used instead of Foundation's `Process` everywhere a test runs a program: on Linux
/// `Process` can miss a tmux client's exit and wait for ever, and `Process.run()` itself crashes now
/// and then (swift-corelibs-foundation reads 256 bytes past a `readdir` buffer while listing
/// /proc/self/fd: a SIGSEGV of the whole test run; fixed upstream in PR #5472, not in our toolchain).
public enum Spawn {
    public struct Result {
        public let status: Int32
        public let output: String
    }

    /// Runs `arguments` (found on PATH) with standard input from /dev/null and standard output and
    /// error together.
    public static func run(_ arguments: [String]) throws -> Result {
        let outputPath = temporaryPath()
        defer { unlink(outputPath) }
        let status = try spawnAndWait(
            arguments, environment: nil, directory: nil, input: "/dev/null", output: outputPath, error: nil)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Result(status: status, output: output)
    }

    /// Runs `arguments[0]` (a path, or a name found on PATH) with `environment` (nil: this process's),
    /// in `directory` (nil: this one), standard input read from the file at `input`, standard output
    /// written to the file at `output` and standard error to `error` (nil: with the output); returns
    /// the exit status, or 128 + the signal that ended it.
    public static func spawnAndWait(
        _ arguments: [String], environment: [String: String]?, directory: String?, input: String, output: String,
        error: String?
    ) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Nothing else this test process has open goes to the child (as Process does): a long-lived child
        // holding another test's pipe or half-written file open would keep that test waiting, or make a
        // copied program "busy" (ETXTBSY). Closing one that closed meanwhile is harmless.
        for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        if let error {
            posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        // Start the child with no blocked signals and default handlers, whatever this test thread has
        // blocked, as a login shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // The folder through coreutils' `env --chdir` (Swift's Glibc does not offer posix_spawn's addchdir).
        let arguments = directory.map { ["/usr/bin/env", "--chdir=\($0)"] + arguments } ?? arguments
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned: Int32
        if var envp {
            spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        } else {
            spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        }
        guard spawned == 0 else { throw SpawnFailed(program: arguments[0], code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// This process's open file descriptors, from /proc/self/fd (through FileManager, which reads the
    /// folder safely).
    static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
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
