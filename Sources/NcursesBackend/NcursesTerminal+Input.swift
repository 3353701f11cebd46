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
        if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
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
                if let key = decoder.key(code: UInt32(code), isFunctionKey: true) {
                    // A late `ESC [ 1 ; 3 R` that terminfo reads as a modified F3 (F13 and up): dropped.
                    if awaitsLateReply, case .function(let n) = key, n > 12 { continue }
                    return .key(key)
                }
            } else if result == OK {
                if awaitsLateReply, code == 0x1B, dropLateReply() { continue }
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

extension NcursesTerminal {
    /// After an ESC while a probe's reply may still come: reads what follows at once; a whole
    /// `[ row ; column R` is the late reply, dropped (true). Anything else is kept, in order, as keys
    /// after the ESC (false: the ESC itself is then delivered).
    func dropLateReply() -> Bool {
        var bytes: [UInt8] = [0x1B]
        wtimeout(window, 0)
        while AmbiguousWidthProbe.isPartialReply(bytes[...]), bytes.last != 0x52 {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            guard result == OK, code < 0x80 else {
                if result == KEY_CODE_YES, let key = decoder.key(code: UInt32(code), isFunctionKey: true) {
                    pendingKeys.append(key)
                } else if result == OK, let key = decoder.key(code: UInt32(code), isFunctionKey: false) {
                    pendingKeys.append(key)
                }
                break
            }
            bytes.append(UInt8(code))
        }
        let reading = AmbiguousWidthProbe.read(bytes)
        if reading.isAnswered {
            lateReplies -= 1
            pendingKeys.insert(contentsOf: reading.typedKeys, at: 0)
            return true
        }
        // Not a reply: the ESC is delivered by the caller, the bytes read after it follow it.
        let after = TypedBytes.keys(Array(bytes.dropFirst()))
        pendingKeys.insert(contentsOf: after, at: 0)
        return false
    }
}
