import ScreenKit
import YibaoCore

/// Everything that can happen to the kiosk: input, the clock, and the results of its effects.
public enum KioskEvent: Sendable {
    case key(Key)
    case resize(Size)
    case signal(Int32)
    /// Time passed: the loop's clock reads `now`, whose wall time is the terminal's local time
    /// `clockText` ("09:30"; nil keeps the one shown). The idle timer runs on its monotonic part, "today"
    /// on its local date.
    case tick(ClockReading, clockText: String? = nil)
    /// A sign-in attempt's outcome; `clock` is a lock's end as local time ("14:35"), `settings` fresh.
    case signInDecided(ResidentID, KioskSignInOutcome, clock: String?, settings: KioskSettings)
    /// The store could not decide the sign-in.
    case signInFailed(LocalizedText)
    /// Whether the operator PIN was right.
    case operatorPinChecked(accepted: Bool)
    /// An event for the signed-in person's app (a load, a change's result).
    case app(Event)
}
