/// The kiosk's "are you still there?" clock, pure: after `idleSeconds` without a key it counts down
/// `countdownSeconds` (never fewer than 20), any key during the countdown starts it over, and at zero
/// the session has expired for good (only `reset` after sign-out starts a new one).
///
/// Time is passed in (`now`), so tests drive it with any clock.
public struct IdleTimer: Hashable, Sendable {
    /// Where the session stands.
    public enum Phase: Hashable, Sendable {
        /// Someone is using it.
        case active
        /// Nobody has pressed a key for a while: show the full-screen countdown with these seconds left.
        case countingDown(remaining: Int)
        /// The countdown ran out: end the session, clear the screen, show the welcome screen.
        case expired
    }

    /// The shortest countdown allowed, however the timer is made.
    public static let minimumCountdown = 20

    public let idleSeconds: Int
    public let countdownSeconds: Int
    /// The last key (or the start).
    public private(set) var lastActivity: Moment
    /// The phase as of the last `tick` or `activity`.
    public private(set) var phase: Phase

    public init(idleSeconds: Int, countdownSeconds: Int, now: Moment) {
        self.idleSeconds = max(1, idleSeconds)
        self.countdownSeconds = max(IdleTimer.minimumCountdown, countdownSeconds)
        lastActivity = now
        phase = .active
    }

    public init(settings: KioskSettings, now: Moment) {
        self.init(idleSeconds: settings.idleSeconds, countdownSeconds: settings.countdownSeconds, now: now)
    }

    /// Moves the clock to `now` and returns the phase. Once expired it stays expired.
    @discardableResult
    public mutating func tick(now: Moment) -> Phase {
        guard phase != .expired else { return .expired }
        // A clock set backwards counts as no time passing, never as a very long pause.
        let elapsed = max(0, now.seconds - lastActivity.seconds)
        let idle = Double(idleSeconds)
        let end = idle + Double(countdownSeconds)
        if elapsed < idle {
            phase = .active
        } else if elapsed < end {
            let left = end - elapsed
            phase = .countingDown(remaining: max(1, Int(left.rounded(.up))))
        } else {
            phase = .expired
        }
        return phase
    }

    /// A key was pressed at `now`: the session is active again, unless it had already expired (the
    /// expiry is checked first, so a key pressed after the countdown ran out cannot revive it).
    @discardableResult
    public mutating func activity(now: Moment) -> Phase {
        guard tick(now: now) != .expired else { return .expired }
        lastActivity = max(lastActivity, now)
        phase = .active
        return phase
    }

    /// Starts afresh for the next person.
    public mutating func reset(now: Moment) {
        lastActivity = now
        phase = .active
    }

    /// When the phase will next change (or, while counting down, the shown number): the caller can
    /// sleep until then. Nil once expired.
    public var nextChange: Moment? {
        let start = lastActivity.seconds
        switch phase {
        case .active:
            return Moment(seconds: start + Double(idleSeconds))
        case .countingDown(let remaining):
            let end = start + Double(idleSeconds) + Double(countdownSeconds)
            return Moment(seconds: end - Double(remaining - 1))
        case .expired:
            return nil
        }
    }
}
