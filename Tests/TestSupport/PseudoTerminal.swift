#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program on a pseudo-terminal of its own, for tests that must play the terminal themselves:
/// answer what the program asks the terminal (a cursor-position request), type bytes, and read every
/// byte it writes. (tmux answers such requests itself, as a narrow terminal; this does not.)
public final class PseudoTerminal {
    /// The terminal's side (what a terminal emulator holds).
    public let master: Int32
    public let pid: pid_t
    /// Everything the program has written so far.
    public private(set) var output: [UInt8] = []
    public private(set) var closed = false
    private var reaped = false

    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts `executable` with `arguments` and exactly `environment` on a new `columns` x `rows`
    /// terminal, in a new session whose controlling terminal it is.
    public init(
        executable: String, arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24
    )
        throws
    {
        let fd = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Failed(description: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(fd, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
            ioctl(fd, 0x8004_5430 /* TIOCGPTN */, &number) == 0
        else {
            close(fd)
            throw Failed(description: "cannot set up the pseudo-terminal")
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &size)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/pts/\(number)", O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGTSTP, SIGWINCH, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc)
        posix_spawnattr_setflags(
            &attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            close(fd)
            throw Failed(description: "cannot start \(executable): \(String(cString: strerror(code)))")
        }
        master = fd
        pid = child
    }

    deinit {
        stop()
        close(master)
    }

    /// Types bytes.
    public func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(master, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }

    /// Types text (UTF-8).
    public func send(_ text: String) { send(Array(text.utf8)) }

    /// Reads what arrives within `milliseconds`; appended to `output` and returned.
    @discardableResult
    public func read(milliseconds: Int) -> [UInt8] {
        guard !closed else { return [] }
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(max(0, milliseconds))) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, $0.count) }
        guard n > 0 else {
            if n < 0, errno == EINTR || errno == EAGAIN { return [] }
            closed = true
            return []
        }
        let chunk = Array(buffer[0..<n])
        output += chunk
        return chunk
    }

    /// Reads until `predicate` holds for everything read since `from` (an index into `output`), or
    /// `seconds` pass; returns whether it held.
    @discardableResult
    public func readUntil(from: Int = 0, seconds: Double = 10, _ predicate: ([UInt8]) -> Bool) -> Bool {
        let deadline = Self.now() + seconds
        while Self.now() < deadline {
            if predicate(Array(output[min(from, output.count)...])) { return true }
            if closed { return false }
            read(milliseconds: 50)
        }
        return predicate(Array(output[min(from, output.count)...]))
    }

    /// The output read since `from`, as text (escape sequences included).
    public func text(from: Int = 0) -> String {
        String(decoding: output[min(from, output.count)...], as: UTF8.self)
    }

    /// Ends the program (SIGTERM, then SIGKILL) and reaps it.
    public func stop() {
        guard !reaped else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid {
                reaped = true
                return
            }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        reaped = true
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension [UInt8] {
    /// True when the bytes hold `text`'s UTF-8 bytes.
    public func containsText(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if Array(self[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
