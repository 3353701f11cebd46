import ScreenKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension NcursesTerminal {
    /// How long the probe waits for the terminal's answer before it takes `unicode`.
    static let probeTimeoutMilliseconds = 500
    /// How long a reply that has begun may take to finish (bytes split across reads).
    static let probeFinishMilliseconds = 150

    /// Asks the terminal how wide it draws one ambiguous character, and whether it repeats a character
    /// on REP (`AmbiguousWidthProbe`: two cursor-position requests in one write), before
    /// ncurses starts: echo and line mode off, the request written, the reply read for at most
    /// `timeoutMilliseconds`, the line cleaned, the terminal's modes put back. Returns what was read:
    /// the set the reply calls for (nil: no reply) and the keys typed meanwhile, kept for the app.
    static func probeAmbiguousWidth(timeoutMilliseconds: Int = probeTimeoutMilliseconds)
        -> AmbiguousWidthProbe.Reading
    {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return AmbiguousWidthProbe.read([]) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        quiet.c_iflag &= ~tcflag_t(ICRNL | IXON)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0 else { return AmbiguousWidthProbe.read([]) }
        defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }

        writeAll(AmbiguousWidthProbe.request + AmbiguousWidthProbe.repeatRequest)
        var bytes: [UInt8] = []
        var reading = AmbiguousWidthProbe.read([])
        let start = monotonicMilliseconds()
        var deadline = start + timeoutMilliseconds
        while !reading.isComplete {
            let left = deadline - monotonicMilliseconds()
            if left <= 0 { break }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(left))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            var chunk = [UInt8](repeating: 0, count: 256)
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count <= 0 { break }
            bytes += chunk[0..<count]
            reading = AmbiguousWidthProbe.read(bytes)
            // A reply half read when the time is up gets a moment more, so it never becomes keys.
            if !reading.isComplete, let escape = bytes.lastIndex(of: 0x1B),
                AmbiguousWidthProbe.isPartialReply(bytes[escape...])
            {
                deadline = max(deadline, monotonicMilliseconds() + probeFinishMilliseconds)
            }
        }
        writeAll(AmbiguousWidthProbe.cleanup)
        return reading
    }

    private static func writeAll(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
    }
}
