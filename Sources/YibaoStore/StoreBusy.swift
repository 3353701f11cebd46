#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a connection waits for another process's write to finish.
///
/// SQLite's own busy timeout sleeps longer and longer (up to 100 ms a try), so a process that writes
/// continuously takes the lock again before a sleeping waiter wakes: under load one `yibao pay` could
/// wait many seconds while another process wrote hundreds of changes. Polling briefly and often (0.5
/// to 2 ms, at random so waiters do not wake in step) gives every waiter its turn within milliseconds
/// of the lock coming free. The total wait is still bounded by the timeout.
enum StoreBusy {
    /// The average pause between tries, in seconds.
    static let averagePause = 0.00125

    static func waiter(timeout: Double) -> @Sendable (Int) -> Bool {
        let tries = Int(timeout / averagePause)
        return { attempt in
            guard attempt < tries else { return false }
            usleep(UInt32.random(in: 500...2000))
            return true
        }
    }
}
