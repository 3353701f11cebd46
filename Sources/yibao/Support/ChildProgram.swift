import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts another program from `yibao` (only `operator setup-kiosk` does) with `posix_spawn` and waits
/// for it with the kernel's `waitpid`, never through Foundation's `Process`: on this toolchain
/// `Process.run()` can crash the whole program (swift-corelibs-foundation reads past a `readdir`
/// buffer while listing /proc/self/fd; fixed upstream in PR #5472), see docs/DECISIONS.md.
enum ChildProgram {
    /// Could not start the program at all.
    struct StartFailed: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "cannot run \(program): \(String(cString: strerror(code)))" }
    }

    /// Runs `command` (its first word found on PATH by `/usr/bin/env`) with this program's environment
    /// and standard input, output and error, and nothing else of this program's open; returns its exit
    /// status (128 + the signal that ended it).
    static func run(_ command: [String]) throws -> Int32 {
        fflush(nil)  // what was printed before comes before what the command prints
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        // No blocked signals and default handlers in the command, whatever this program set.
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
        let arguments = ["/usr/bin/env"] + command
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw StartFailed(program: command.first ?? "", code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signalled = status & 0x7f
        return signalled == 0 ? (status >> 8) & 0xff : 128 + signalled
    }
}
