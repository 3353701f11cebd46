/// A change a person asked for, as one intent: the service carries out each in ONE transaction, all of
/// it or nothing. The app's runtime sends these through its data source; the kiosk scopes them.
public indirect enum ChangeRequest: Hashable, Sendable {
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
    /// The estimated credit of each of `months` (their first days) for `person`, in ONE transaction with
    /// one audit row: the months Balance found not yet recorded. Refused whole when any month already
    /// has a credit or cannot be estimated.
    case creditEstimatedMonths(person: ResidentID, months: [CivilDate])
    /// A relative's (or one's own) personal-account balance as read in the app or on a statement,
    /// recorded as one adjustment of the difference (the relative's entry; `yibao credit` adds lines).
    case recordBalance(person: ResidentID, balance: Money)
    /// A change as of an earlier day than today (the life-change forms' date field, like the command
    /// line's `--date`): carried out as of `on`, decided against every later day up to today; a day
    /// after today is refused.
    case dated(ChangeRequest, on: CivilDate)

    /// The request without its date: what was asked for.
    public var undated: ChangeRequest {
        if case .dated(let request, _) = self { return request.undated }
        return self
    }
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
    /// Several months' estimated credits were recorded, oldest first.
    case estimatedMonths([CreditEstimate])
}
