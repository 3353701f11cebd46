#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program running on its own pseudo-terminal, driven as a person at a keyboard would drive it:
/// the bench writes key bytes to the terminal and reads everything the program draws, with times.
final class PtyProcess {
    /// The terminal's controlling side (what a terminal emulator holds).
    let master: Int32
    let pid: pid_t
    /// When the program was started (monotonic nanoseconds, taken just before the spawn).
    let startedAt: UInt64
    /// Every byte the program has written so far.
    private(set) var totalBytes = 0
    /// The last bytes the program wrote, kept for error messages.
    private(set) var tail: [UInt8] = []
    /// True once the program has closed its side of the terminal (it exited).
    private(set) var closed = false
    private var reaped = false
    /// Peak resident memory from `wait4` once the program has ended (KiB), if known.
    private(set) var maxRSSKiB: Int?
    /// The raw `wait` status once reaped.
    private(set) var exitStatus: Int32?

    /// Starts `executable` on a new terminal of `columns` x `rows`, in a new session whose controlling
    /// terminal it is, with exactly `environment`.
    init(executable: String, arguments: [String], environment: [String: String], columns: Int, rows: Int)
        throws(BenchError)
    {
        // /dev/ptmx with the Linux ioctls: Swift's Glibc module does not show posix_openpt and friends.
        let fd = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(fd, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
            ioctl(fd, 0x8004_5430 /* TIOCGPTN */, &number) == 0
        else {
            close(fd)
            throw BenchError("cannot set up the pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid (done first by the spawn), opening the terminal makes it the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
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
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc), not always imported
        posix_spawnattr_setflags(
            &attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var child: pid_t = 0
        let started = Clock.now()
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            close(fd)
            throw BenchError("cannot start \(executable): \(String(cString: strerror(code)))")
        }
        master = fd
        pid = child
        startedAt = started
    }

    deinit {
        stop()
        close(master)
    }

    /// Sends bytes as typed keys; returns the time they were sent.
    @discardableResult
    func send(_ bytes: [UInt8]) -> UInt64 {
        let at = Clock.now()
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(master, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { if errno == EINTR { continue } else { return } }
                offset += n
            }
        }
        return at
    }

    /// Waits up to `timeoutMs` for output; returns the bytes read (empty on timeout or end).
    func read(timeoutMs: Int) -> [UInt8] {
        guard !closed else { return [] }
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(max(0, timeoutMs)))
        guard ready > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { readFD(master, $0.baseAddress!, $0.count) }
        guard n > 0 else {
            if n < 0, errno == EINTR || errno == EAGAIN { return [] }
            closed = true  // EIO: the program's side is gone
            return []
        }
        let chunk = Array(buffer[0..<n])
        // Answer each cursor-position request (Yibao's start-up probe) at once, as xterm does: the first
        // after one narrow `─` (column 2), the second after a `q` repeated twice by REP (column 5).
        for _ in 0..<occurrences(of: PtyProcess.positionRequest, in: chunk) {
            positionRequests += 1
            send(Array("\u{1B}[1;\(positionRequests == 2 ? 5 : 2)R".utf8))
        }
        totalBytes += n
        tail.append(contentsOf: chunk)
        if tail.count > 4096 { tail.removeFirst(tail.count - 4096) }
        noteCursorKeyMode()
        return chunk
    }

    /// Whether the program asked for application cursor keys (DECCKM, `ESC [ ? 1 h`, part of ncurses'
    /// `smkx`): a real terminal then sends `ESC O B` for Down instead of `ESC [ B`.
    private(set) var applicationCursorKeys = false

    private func noteCursorKeyMode() {
        let on = lastIndex(of: PtyProcess.decckmOn, in: tail)
        let off = lastIndex(of: PtyProcess.decckmOff, in: tail)
        if let on, on > (off ?? -1) { applicationCursorKeys = true }
        if let off, off > (on ?? -1) { applicationCursorKeys = false }
    }

    private static let positionRequest = Array("\u{1B}[6n".utf8)
    /// Cursor-position requests answered so far.
    private var positionRequests = 0

    private func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        var count = 0
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
    private static let decckmOn = Array("\u{1B}[?1h".utf8)
    private static let decckmOff = Array("\u{1B}[?1l".utf8)

    /// Sends a key by name (`Down`, `PgDn`, `1`), as the terminal would in its current mode.
    @discardableResult
    func press(_ key: String) -> UInt64 {
        send(Keys.bytes(key, application: applicationCursorKeys))
    }

    /// Peak resident memory so far (VmHWM, KiB) while the program runs; after it ended, from `wait4`.
    func peakMemoryKiB() -> Int? {
        if !reaped, let text = readFile("/proc/\(pid)/status") {
            for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let digits = line.unicodeScalars.filter { ("0"..."9").contains($0) }
                return Int(String(String.UnicodeScalarView(digits)))
            }
        }
        return maxRSSKiB
    }

    /// Waits up to `timeoutMs` for the program to end by itself (draining its output); true if it did.
    @discardableResult
    func waitForExit(timeoutMs: Int) -> Bool {
        let deadline = Clock.now() + UInt64(timeoutMs) * 1_000_000
        while !reaped {
            if reap(block: false) { return true }
            if Clock.now() >= deadline { return false }
            if !closed { _ = read(timeoutMs: 5) } else { usleep(1000) }
        }
        return true
    }

    /// Ends the program: SIGTERM, then SIGKILL if it has not gone within a second.
    func stop() {
        guard !reaped else { return }
        kill(pid, SIGTERM)
        if waitForExit(timeoutMs: 1000) { return }
        kill(pid, SIGKILL)
        _ = reap(block: true)
    }

    private func reap(block: Bool) -> Bool {
        var status: Int32 = 0
        var usage = rusage()
        let r = wait4(pid, &status, block ? 0 : WNOHANG, &usage)
        guard r == pid || (r < 0 && errno == ECHILD) else { return false }
        reaped = true
        if r == pid {
            maxRSSKiB = Int(usage.ru_maxrss)
            exitStatus = status
        }
        return true
    }

    /// The last output as text with escape bytes made visible, for error messages.
    var tailText: String {
        String(decoding: tail.suffix(600), as: UTF8.self).unicodeScalars.map {
            $0.value < 0x20 || $0.value == 0x7F ? "·" : String($0)
        }.joined()
    }
}

/// Where `needle` last occurs in `haystack`.
func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var i = haystack.count - needle.count
    while i >= 0 {
        if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
        i -= 1
    }
    return nil
}

/// `read(2)`, named so methods called `read` do not hide it.
private func readFD(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// Reads a small text file (for /proc), or nil.
func readFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = buffer.withUnsafeMutableBytes { readFD(fd, $0.baseAddress!, $0.count) }
        if n <= 0 { break }
        data += buffer[0..<n]
    }
    return String(decoding: data, as: UTF8.self)
}

/// Monotonic time in nanoseconds.
enum Clock {
    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    static func ms(_ from: UInt64, _ to: UInt64) -> Double {
        Double(Int64(bitPattern: to &- from)) / 1_000_000
    }
}

/// Something the benchmark could not do, said plainly (what, and what was last seen).
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
