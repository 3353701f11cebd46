import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How Yibao starts another program, in the product, the bench and the tests alike: `posix_spawn`
/// and the kernel's `waitpid`, never Foundation's `Process`. On this toolchain `Process.run()` can
/// crash the whole program (swift-corelibs-foundation reads past a `readdir` buffer while listing
/// /proc/self/fd; fixed upstream in PR #5472), and its `waitUntilExit` learns of an end from SIGCHLD,
/// which it can miss when many children end at once (docs/DECISIONS.md).
///
/// Every child keeps only the descriptors its caller arranges (0, 1, 2) and starts with no blocked
/// signals and default handlers, whatever the parent set.
public enum ChildSpawn {
    /// The program could not be started at all.
    public struct Failed: Error, CustomStringConvertible {
        public let program: String
        public let code: Int32

        public init(program: String, code: Int32) {
            self.program = program
            self.code = code
        }

        public var description: String { "cannot run \(program): \(String(cString: strerror(code)))" }
    }

    /// One of the child's standard descriptors, set up before it runs.
    public enum Descriptor {
        /// `fd` opened on `path` with `flags` (and `mode` when it is created).
        case open(Int32, path: String, flags: Int32, mode: mode_t = 0)
        /// `fd` made a copy of this process's `source` (a pipe's end, or another of the child's).
        case copy(Int32, from: Int32)
    }

    /// Starts `arguments[0]` (a path, or a name found on PATH) with `environment` (nil: this
    /// process's) and its standard descriptors set up as `descriptors` say (in order; those not named
    /// are this process's). Every other descriptor this process holds above 2 is closed in the child.
    /// Returns the child's process id.
    public static func start(
        _ arguments: [String], environment: [String: String]? = nil, descriptors: [Descriptor] = []
    ) throws(Failed) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in descriptors {
            switch descriptor {
            case .open(let fd, let path, let flags, let mode):
                posix_spawn_file_actions_addopen(&actions, fd, path, flags, mode)
            case .copy(let fd, let source):
                posix_spawn_file_actions_adddup2(&actions, source, fd)
            }
        }
        // Closing one that closed meanwhile (another thread's) is harmless.
        for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

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

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }
        var pid: pid_t = 0
        let code: Int32
        if let envp {
            code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        } else {
            code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        }
        guard code == 0 else { throw Failed(program: arguments.first ?? "", code: code) }
        return pid
    }

    /// Waits for `pid` to end, however long it takes, and gives its exit status: the code it exited
    /// with, or 128 + the signal that ended it.
    public static func waitForExit(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return exitStatus(status)
    }

    /// A `waitpid` status as an exit status: the code, or 128 + the signal that ended the child.
    public static func exitStatus(_ status: Int32) -> Int32 {
        let signalled = status & 0x7f
        return signalled == 0 ? (status >> 8) & 0xff : 128 + signalled
    }

    /// This process's open file descriptors, from /proc/self/fd (through FileManager, which reads the
    /// folder safely).
    public static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }
}
