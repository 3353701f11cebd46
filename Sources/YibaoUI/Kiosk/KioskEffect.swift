import YibaoCore

/// What the kiosk's update asks the runtime to do, as data tests compare. A PIN travels only inside
/// `signIn` and `checkOperatorPin` (it prints as a mask) and is never written anywhere.
public enum KioskEffect: Equatable, Sendable {
    /// Try this ID and PIN (the store counts wrong PINs, locks, and writes the audit row).
    case signIn(ResidentID, KioskPin)
    /// The session ended: write the `kiosk.sign_out` audit row.
    case signOut(ResidentID, timedOut: Bool)
    /// An effect of the signed-in person's app, carried out on their scoped data.
    case app(Effect)
    /// Check the operator PIN against the operator's file (and audit the attempt); nil when what was
    /// typed is not a PIN at all (refused, and audited, the same way).
    case checkOperatorPin(KioskPin?)
    /// Clear the whole terminal before the next draw, so no cell of the last screen survives.
    case clearScreen
}
