import YibaoCore

/// A medical payment split among the accounts that pay it, recorded or only previewed.
public struct Payment: Hashable, Sendable {
    /// Who pays what, fen-exactly, and what is left to pay in cash.
    public var deduction: Deduction
    /// Everyone's name as saved, for the explanation.
    public var names: [ResidentID: String]
    /// False for a preview (`--dry-run`): nothing was written.
    public var recorded: Bool

    public init(deduction: Deduction, names: [ResidentID: String], recorded: Bool) {
        self.deduction = deduction
        self.names = names
        self.recorded = recorded
    }
}
