/// What the app shows, read from the store in ONE read transaction: the household as of today, whose
/// app it is, and when the store last changed. Reloaded after every change.
public struct AppSnapshot: Hashable, Sendable {
    public var household: Household
    /// The store's owner (the person the app opens for); nil on a fresh store.
    public var owner: ResidentID?
    /// When the store last changed (`YYYY-MM-DD` or an ISO timestamp), if ever.
    public var lastChange: String?
    /// How many ledger lines each account has (for scrolling without loading them all).
    public var ledgerCounts: [ResidentID: Int]
    /// The bindings that ended by themselves (a move, stopped insurance, a death) on or before the
    /// snapshot's date, oldest first: the Relatives screen says why a relative is no longer bound.
    public var bindingEnds: [BindingEnd]
    /// The day of the owner's last recorded credit (划入) up to the snapshot's date, if any: Balance
    /// offers the estimated credits of the months after it.
    public var ownerLastCredit: CivilDate?

    public init(
        household: Household, owner: ResidentID?, lastChange: String?, ledgerCounts: [ResidentID: Int] = [:],
        bindingEnds: [BindingEnd] = [], ownerLastCredit: CivilDate? = nil
    ) {
        self.household = household
        self.owner = owner
        self.lastChange = lastChange
        self.ledgerCounts = ledgerCounts
        self.bindingEnds = bindingEnds
        self.ownerLastCredit = ownerLastCredit
    }

    /// True when the store has no one in it: the app offers set-up or the demo.
    public var isEmpty: Bool { household.persons.isEmpty }

    public var ownerPerson: Person? { owner.flatMap { household.persons[$0] } }

    /// The date part of `lastChange`.
    public var lastChangeDate: String? { lastChange.map { String($0.prefix(10)) } }
}
