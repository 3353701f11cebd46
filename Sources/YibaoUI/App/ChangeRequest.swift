import YibaoCore

/// A change the person asked for, carried out by the runtime through the data source (one transaction).
public enum ChangeRequest: Hashable, Sendable {
    case addPerson(Person, openingBalance: Money?)
    case bind(payer: ResidentID, beneficiary: ResidentID, relation: Relationship, quota: Money?)
    case unbind(payer: ResidentID, beneficiary: ResidentID)
    case setPayerOrder(beneficiary: ResidentID, order: [ResidentID])
    case createDemo
}

/// What a change did, for the screen that asked.
public enum ChangeOutcome: Hashable, Sendable {
    case done
    /// An ended quota binding gave back this much unused quota to the payer.
    case unbound(returnedQuota: Money)
}
