import YibaoCore
import YibaoStore

/// The kiosk's records: PINs, locks, settings and sign-ins, each saved with its audit row (never a PIN)
/// in one transaction by the store.
extension HouseholdService {
    /// The operator's kiosk settings (defaults until changed).
    public func kioskSettings() throws -> KioskSettings { try store.kioskSettings() }

    /// Saves new kiosk settings after checking their ranges.
    public func setKioskSettings(_ settings: KioskSettings, at now: Moment) throws {
        try store.setKioskSettings(settings, at: now)
    }

    /// Sets (or replaces) a person's kiosk PIN, clearing any lock. A PIN easy to guess (one digit, a
    /// run, a common PIN, part of the ID or the birth date) is refused with `GuessablePin`, nothing written.
    public func setKioskPin(_ pin: KioskPin, for person: ResidentID, at now: Moment, hasher: PinHasher = PinHasher())
        throws
    {
        if let weakness = pin.guessable(for: person) { throw weakness }
        if try store.isPending(person) {
            throw HouseholdError.unconfirmed(name: (try store.person(person))?.name ?? person.masked)
        }
        try store.setKioskPin(pin, for: person, at: now, hasher: hasher)
    }

    /// Removes a person's kiosk PIN.
    public func resetKioskPin(for person: ResidentID, at now: Moment) throws {
        try store.resetKioskPin(for: person, at: now)
    }

    /// Ends a lock and clears the wrong-PIN count; whether there was anything to clear.
    @discardableResult
    public func kioskUnlock(_ person: ResidentID, at now: Moment) throws -> Bool {
        try store.kioskUnlock(person, at: now)
    }

    /// One sign-in attempt at `terminal`, decided and recorded in one transaction (throttled per ID and
    /// per terminal; the same answer and time whether or not the ID has a PIN).
    public func kioskSignIn(_ person: ResidentID, pin: KioskPin, at now: Moment, terminal: String = "local") throws
        -> KioskSignInOutcome
    {
        try store.kioskSignIn(person, pin: pin, at: now, terminal: terminal)
    }

    /// A terminal's sign-in throttle as saved.
    public func kioskTerminalState(_ terminal: String) throws -> KioskTerminalState {
        try store.kioskTerminalState(terminal)
    }

    /// Ends a terminal's lock and clears its count of wrong PINs.
    @discardableResult
    public func kioskUnlockTerminal(_ terminal: String, at now: Moment) throws -> Bool {
        try store.kioskUnlockTerminal(terminal, at: now)
    }

    /// Records the end of a kiosk session.
    public func kioskSignOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws {
        try store.kioskSignOut(person, timedOut: timedOut, at: now)
    }

    /// Records an attempt to leave the kiosk with the operator key sequence.
    public func recordKioskOperatorExit(accepted: Bool, at now: Moment) throws {
        try store.recordKioskOperatorExit(accepted: accepted, at: now)
    }

    /// The newest `limit` kiosk audit lines, newest first.
    public func kioskAudit(limit: Int) throws -> [AuditEntry] {
        try store.audit(actions: AuditAction.kiosk, limit: limit)
    }
}
