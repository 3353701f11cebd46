/// What a program drew in answer to one thing (its start, or a key): bytes, and when the last byte came.
struct Burst {
    /// Bytes written to the terminal.
    var bytes = 0
    /// Milliseconds from the cause (start or key) to the last byte of the answer; 0 when nothing came.
    var ms = 0.0
    /// The output itself.
    var output: [UInt8] = []
}

/// How long to wait, and for what, when reading a program's answer.
struct Wait {
    /// Text that must have arrived (all of it, in any order) before the answer counts as complete,
    /// e.g. the hint bar's `Quit`. Empty: any output, or none.
    var markers: [String] = []
    /// Quiet time after the last byte that ends the answer. Not part of the measured time.
    var settleMs = 30
    /// Give up (an error) if the markers have not all arrived by then.
    var timeoutMs = 10_000
    /// With no markers: how long silence may last before deciding the key draws nothing.
    var idleMs = 500
}

extension PtyProcess {
    /// Reads the answer to something that happened at `since` (monotonic ns): waits for every marker,
    /// then for `settleMs` of quiet. Throws, with the last output, when a marker never arrives.
    func answer(since: UInt64, wait: Wait, what: String) throws(BenchError) -> Burst {
        var burst = Burst()
        var lastByteAt: UInt64?
        let markers = wait.markers.map { Array($0.utf8) }
        var pending = markers
        let deadline = since + UInt64(wait.timeoutMs) * 1_000_000
        while true {
            let now = Clock.now()
            if pending.isEmpty, let last = lastByteAt, Clock.ms(last, now) >= Double(wait.settleMs) { break }
            if markers.isEmpty, lastByteAt == nil, Clock.ms(since, now) >= Double(wait.idleMs) { break }
            if now >= deadline || (closed && !pending.isEmpty) {
                let missing = pending.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\", \"")
                let why = closed ? "the program ended" : "nothing more came within \(wait.timeoutMs) ms"
                throw BenchError(
                    "\(what): waited for \"\(missing)\" on the screen but \(why). Last output: \(tailText)")
            }
            if closed { break }
            let chunk = read(timeoutMs: min(wait.settleMs, 10))
            guard !chunk.isEmpty else { continue }
            lastByteAt = Clock.now()
            burst.bytes += chunk.count
            burst.output += chunk
            if !pending.isEmpty { pending.removeAll { contains(burst.output, $0) } }
        }
        if let last = lastByteAt { burst.ms = Clock.ms(since, last) }
        return burst
    }
}

/// True if `needle` occurs in `haystack`.
func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    let first = needle[0]
    var i = 0
    let end = haystack.count - needle.count
    while i <= end {
        if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle { return true }
        i += 1
    }
    return false
}
