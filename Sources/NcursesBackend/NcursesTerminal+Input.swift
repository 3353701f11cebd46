import CNCursesw
import ScreenKit

extension NcursesTerminal {
    /// How long one wait lasts before the signal flag is checked again.
    static let pollSliceMilliseconds = 100

    /// The next key, resize or termination signal; nil when `timeoutMilliseconds` passes first.
    ///
    /// `KEY_RESIZE` (from ncurses' own SIGWINCH handling; it may arrive twice) becomes `.resize` with
    /// the new size. SIGINT, SIGTERM and SIGHUP become `.signal`, so the app can save and leave.
    /// Waiting is done in short slices so a signal is noticed even while no key is pressed.
    public func nextEvent(timeoutMilliseconds: Int?) throws -> BackendEvent? {
        guard !isShutDown else { return nil }
        var remaining = timeoutMilliseconds.map { max(0, $0) }
        while true {
            let signo = cn_take_signal()
            if signo != 0 { return .signal(signo) }
            let wait = min(remaining ?? Self.pollSliceMilliseconds, Self.pollSliceMilliseconds)
            wtimeout(window, Int32(wait))
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            if result == KEY_CODE_YES {
                if Int32(code) == KEY_RESIZE {
                    size = Size(columns: Int(cn_maxx(window)), rows: Int(cn_maxy(window)))
                    return .resize(size)
                }
                if let key = decoder.key(code: UInt32(code), isFunctionKey: true) { return .key(key) }
            } else if result == OK {
                if let key = decoder.key(code: UInt32(code), isFunctionKey: false) { return .key(key) }
            } else if var left = remaining {
                // ERR: the wait timed out (or a signal interrupted it).
                left -= wait
                if left <= 0 {
                    let late = cn_take_signal()
                    return late != 0 ? .signal(late) : nil
                }
                remaining = left
            }
        }
    }

    /// A key (or resize, or signal) already waiting, without waiting for one: the loop takes a whole
    /// paste in one turn and draws once.
    public func pendingEvent() throws -> BackendEvent? {
        try nextEvent(timeoutMilliseconds: 0)
    }
}
