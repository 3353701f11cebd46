/// Everything the rules need to decide one change, read from the store inside the change's
/// transaction: people, bindings, payer orders and account totals, as of a date.
///
/// Changes are computed by pure functions on a `Household` (see `Household+Changes.swift`) that
/// return `[Change]` or throw a `Refusal`-carrying error; the store writes the changes and an
/// audit row in the same transaction.
public struct Household: Hashable, Sendable {
    public var date: CivilDate
    public var persons: [ResidentID: Person]
    public var bindings: [Binding]
    /// Payer orders as saved; a beneficiary with none saved uses binding order (oldest first).
    public var payerOrders: [ResidentID: [ResidentID]]
    /// Totals for every person who has ledger entries.
    public var accounts: [ResidentID: AccountTotals]
    /// For each quota binding (payer, beneficiary): what the beneficiary has spent of it so far.
    public var quotaUsed: [QuotaKey: Money]
    /// What each payer has set aside in quotas for people this value leaves out (a kiosk's view scoped
    /// to one person): counted by `earmarked(payer:)` without saying for whom. Empty for a whole household.
    public var earmarkedElsewhere: [ResidentID: Money]
    /// People added at a kiosk and not yet confirmed at the counter (`Household+Pending.swift`).
    public var pending: Set<ResidentID> = []

    public struct QuotaKey: Hashable, Sendable, Codable {
        public var payer: ResidentID
        public var beneficiary: ResidentID
        public init(payer: ResidentID, beneficiary: ResidentID) {
            self.payer = payer
            self.beneficiary = beneficiary
        }
    }

    public init(
        date: CivilDate, persons: [ResidentID: Person] = [:], bindings: [Binding] = [],
        payerOrders: [ResidentID: [ResidentID]] = [:], accounts: [ResidentID: AccountTotals] = [:],
        quotaUsed: [QuotaKey: Money] = [:], earmarkedElsewhere: [ResidentID: Money] = [:]
    ) {
        self.date = date
        self.persons = persons
        self.bindings = bindings
        self.payerOrders = payerOrders
        self.accounts = accounts
        self.quotaUsed = quotaUsed
        self.earmarkedElsewhere = earmarkedElsewhere
    }
}

/// One change to the store, computed by the model and written by the store.
public enum Change: Hashable, Sendable {
    case addPerson(Person)
    case updatePerson(Person)
    case addBinding(Binding)
    case removeBinding(payer: ResidentID, beneficiary: ResidentID)
    case setPayerOrder(PayerOrder)
    case addLedgerEntry(LedgerEntry)
    /// A dated change to a person's record, kept beside it (the person itself changes by `updatePerson`).
    case recordPersonEvent(PersonEvent)
    /// A binding that ended (by itself, or on request), kept with the quota returned (it is removed by
    /// `removeBinding`).
    case recordBindingEnd(BindingEnd)
    /// Marks a person as made at a kiosk: unconfirmed until the counter confirms or replaces them.
    case markPending(ResidentID)
    /// Confirms a person made at a kiosk (the counter's `person add` or `person confirm`).
    case confirmPerson(ResidentID)
}
