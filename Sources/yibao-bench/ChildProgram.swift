import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to its end for the bench (making stores through `yibao`'s command line) with
/// `posix_spawn` and the kernel's `waitpid`, never through Foundation's `Process`: on this toolchain
/// `Process.run()` can crash the whole bench (swift-corelibs-foundation reads past a `readdir` buffer
/// while listing /proc/self/fd; fixed upstream in PR #5472), see docs/DECISIONS.md. `PtyProcess` starts
/// the programs measured on a terminal.
enum ChildProgram {
    /// How a run ended: its exit status (128 + the signal that ended it) and its output and errors
    /// together.
    struct Ending {
        let status: Int32
        let output: String
    }

    /// Runs `executable ARGS` with exactly `environment`, `input` (when given) as its whole standard
    /// input (otherwise /dev/null), standard output and error captured together, and nothing else of
    /// the bench's open.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], input: String?)
        throws(BenchError) -> Ending
    {
        let folder = FileManager.default.temporaryDirectory.path + "/yibao-bench-run-" + UUID().uuidString
        let inputPath = folder + ".in"
        let outputPath = folder + ".out"
        defer {
            unlink(inputPath)
            unlink(outputPath)
        }
        if let input {
            guard FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8)) else {
                throw BenchError("cannot write \(inputPath)")
            }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input == nil ? "/dev/null" : inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
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
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(code)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signalled = status & 0x7f
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        return Ending(status: signalled == 0 ? (status >> 8) & 0xff : 128 + signalled, output: output)
    }
}
