/// A change a person asked for, as one intent: the service carries out each in ONE transaction, all of
/// it or nothing. The app's runtime sends these through its data source; the kiosk scopes them.
public enum ChangeRequest: Hashable, Sendable {
    case addPerson(Person, openingBalance: Money?)
    /// A new relative and their binding to `payer`, together: the person is added only if the binding
    /// is accepted too.
    case addRelative(Person, openingBalance: Money?, payer: ResidentID, relation: Relationship, quota: Money?)
    case bind(payer: ResidentID, beneficiary: ResidentID, relation: Relationship, quota: Money?)
    case unbind(payer: ResidentID, beneficiary: ResidentID)
    /// Sets the order of `beneficiary`'s payers. `basis` is the saved order this one was decided on
    /// (the one the screen showed): when the saved order is no longer that, nothing is written and the
    /// change is refused with `ChangeOutdated`. No basis (nil): the last writer wins (the command line).
    case setPayerOrder(beneficiary: ResidentID, order: [ResidentID], basis: [ResidentID]? = nil)
    case createDemo
    /// A corrected or changed record, as of the request's date (`yibao person edit`).
    case editPerson(ResidentID, PersonEdit)
    /// A death on the request's date (`yibao person died`).
    case recordDeath(ResidentID)
    /// A relative's resident-insurance premium paid from `payer`'s account (`yibao premium`).
    case payPremium(payer: ResidentID, beneficiary: ResidentID, relation: Relationship, amount: Money, year: Int)
    /// The month's estimated credit for `person` (the month of the request's date; `yibao credit --estimated`).
    case creditEstimated(person: ResidentID)
}

/// What a change did, for the screen that asked.
public enum ChangeOutcome: Hashable, Sendable {
    case done
    /// An ended quota binding gave back this much unused quota to the payer.
    case unbound(returnedQuota: Money)
    /// A life event ended these bindings (each with the quota it gave back).
    case ended([BindingEnd])
    /// An estimated credit was recorded.
    case estimated(CreditEstimate)
}
