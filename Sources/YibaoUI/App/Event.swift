import ScreenKit
import YibaoCore

/// Everything that can happen to the app: input, time, the store changing elsewhere, and the results
/// of effects.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// Time passed: the loop's clock reads this now (the day may have changed).
    case tick(ClockReading)
    /// Another process changed the store (or this is the first mark seen); `mark` is its change mark now.
    case storeChanged(mark: Int64)
    /// The store cannot be reached just now (a fleet's server away); the words say so calmly.
    case storeAway(LocalizedText)
    /// SIGINT, SIGTERM or SIGHUP: leave cleanly, saving nothing half-done.
    case signal(Int32)
    case loaded(AppSnapshot)
    /// The store could not be read; the message says what to do.
    case loadFailed(LocalizedText)
    case ledgerLoaded(account: ResidentID, offset: Int, entries: [LedgerEntry])
    case applied(ChangeRequest, ChangeOutcome)
    /// The model or store refused; the message gives every reason in words.
    case refused(ChangeRequest, LocalizedText)
}
