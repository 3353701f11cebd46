import YibaoCore

/// What `update` asks the runtime to do: the only I/O the app does, as data tests can compare.
public enum Effect: Hashable, Sendable {
    /// Read the snapshot again.
    case reload
    /// Read `limit` ledger lines of an account, newest first, from `offset`.
    case loadLedger(account: ResidentID, offset: Int, limit: Int)
    /// Carry out a change (one transaction); the result comes back as `.applied` or `.refused`.
    case apply(ChangeRequest)
    /// Ask the store whether anyone changed it since `lastMark` (nil: not known yet); when so (or when
    /// it is the first mark), the answer comes back as `.storeChanged`.
    case checkStore(lastMark: Int64?)
    /// Remember the language for next time.
    case rememberLanguage(Language)
    /// Clear the terminal and draw every cell again (Ctrl-L); the loop does it, not the data source.
    case repaint

    /// What the app does first: the store's change mark (so nothing changed while loading is missed),
    /// then the data. A kiosk session starts the same way.
    public static let start: [Effect] = [.checkStore(lastMark: nil), .reload]
}
