import ScreenKit
import YibaoCore

/// Everything that can happen to the app: input, and the results of effects.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(Size)
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
