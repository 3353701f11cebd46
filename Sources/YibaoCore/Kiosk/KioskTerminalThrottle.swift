/// One terminal's standing at sign-in, whoever's ID was typed: wrong PINs lately, the last one's time,
/// and the terminal's lock if it has one. Kept in the store so it survives a restart.
public struct KioskTerminalState: Hashable, Sendable {
    /// Wrong PINs at this terminal since it was last quiet (or since its lock ended).
    public var failedCount: Int
    /// When the last wrong PIN was typed.
    public var lastFailure: Moment?
    /// When the terminal's lock ends; nil when not locked.
    public var lockedUntil: Moment?

    public init(failedCount: Int = 0, lastFailure: Moment? = nil, lockedUntil: Moment? = nil) {
        self.failedCount = failedCount
        self.lastFailure = lastFailure
        self.lockedUntil = lockedUntil
    }

    public static let clear = KioskTerminalState()
}

/// Throttling across IDs, pure: per-ID lockout alone lets someone try four PINs on each of many IDs,
/// so wrong PINs at one terminal, whatever the ID, slow the terminal down and then lock it.
///
/// The first `freeFailures` wrong PINs cost nothing; after the n-th (n ≥ `freeFailures`) the next
/// attempt must wait n − `freeFailures` + 1 seconds (1, 2, 3, 4, 5 s); the `lockAfter`-th locks the
/// terminal for the operator's lockout minutes. Fifteen quiet minutes, or the lock's end, start the
/// count afresh. A right PIN does not clear it (a visitor with a PIN of their own must not be able to
/// wipe the count between guesses).
public enum KioskTerminalThrottle {
    /// Wrong PINs before any wait: as many as lock one ID by default, so one person fumbling their own
    /// PIN is never slowed by the terminal before their ID's own lock.
    public static let freeFailures = 5
    /// The wrong PIN that locks the terminal: spraying ten IDs with one guess each locks it, where
    /// four guesses on each of many IDs used to lock no one.
    public static let lockAfter = 10
    /// Minutes without a wrong PIN after which the count starts again.
    public static let quietMinutes = 15

    /// The state as it stands at `now`: an ended lock, or a long quiet, clears it.
    public static func current(_ state: KioskTerminalState, now: Moment) -> KioskTerminalState {
        if let until = state.lockedUntil { return now < until ? state : .clear }
        if let last = state.lastFailure, now.seconds - last.seconds >= Double(quietMinutes * 60) { return .clear }
        return state
    }

    /// When the next attempt may be made (nil: at once), from the wrong PINs counted.
    public static func nextAllowed(_ state: KioskTerminalState) -> Moment? {
        guard state.failedCount >= freeFailures, let last = state.lastFailure else { return nil }
        return last.adding(seconds: Double(state.failedCount - freeFailures + 1))
    }

    /// Whether an attempt may go ahead at `now`: nil when it may, else what to tell the visitor (the
    /// PIN is then not checked at all).
    public static func refusal(_ state: KioskTerminalState, now: Moment) -> KioskSignInOutcome? {
        let state = current(state, now: now)
        if let until = state.lockedUntil { return .terminalLocked(until: until) }
        if let next = nextAllowed(state), now < next { return .terminalWait(until: next) }
        return nil
    }

    /// The state after a wrong PIN at `now`; `lockedUntil` is set when this one locks the terminal.
    public static func failed(_ state: KioskTerminalState, now: Moment, settings: KioskSettings) -> KioskTerminalState {
        var next = current(state, now: now)
        next.failedCount += 1
        next.lastFailure = now
        if next.failedCount >= lockAfter {
            next.lockedUntil = now.adding(seconds: Double(settings.lockoutMinutes) * 60)
        }
        return next
    }
}
