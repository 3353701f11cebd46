import YibaoCore

/// What the kiosk needs from outside: the people's data, sign-in decided by the store (wrong PINs
/// counted, locks kept, audit rows written), the operator's PIN, and the local time as words.
/// The executable implements it over `Store` and the operator's file; tests in memory.
public protocol KioskServices {
    associatedtype AppData: AppDataSource
    /// The whole store's data; the runtime only ever reads it through `ScopedDataSource`.
    var appData: AppData { get }
    /// The operator's timeouts and lockout.
    func kioskSettings() throws -> KioskSettings
    /// One sign-in attempt at `now` (slow: the PIN is hashed).
    func signIn(_ person: ResidentID, pin: KioskPin, at now: Moment) throws -> KioskSignInOutcome
    /// Records the end of a session.
    func signOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws
    /// Whether `pin` is the operator's exit PIN; writes an audit row either way. Nil: not a PIN at all.
    func checkOperatorPin(_ pin: KioskPin?, at now: Moment) -> Bool
    /// `moment` as the terminal's local time of day, `HH:MM` ("09:30").
    func clockText(_ moment: Moment) -> String
}
