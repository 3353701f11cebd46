/// A family mutual-aid relationship (家庭共济): `payer`'s personal account may pay for `beneficiary`.
public struct Binding: Hashable, Sendable, Codable {
    public var payer: ResidentID
    public var beneficiary: ResidentID
    /// What the beneficiary is to the payer (`.mother`: the beneficiary is the payer's mother).
    public var relation: Relationship
    public var form: Form
    public var since: CivilDate

    /// The two forms the policy has.
    public enum Form: Hashable, Sendable, Codable {
        /// Within a province: the payer's account is charged in the beneficiary's payer order.
        case ordered
        /// Across provinces (from 2026-01-09): the payer earmarks `quota`; the relative may use it,
        /// the payer may not; what is unused returns to the payer when the binding ends.
        case quota(Money)
    }

    public init(payer: ResidentID, beneficiary: ResidentID, relation: Relationship, form: Form, since: CivilDate) {
        self.payer = payer
        self.beneficiary = beneficiary
        self.relation = relation
        self.form = form
        self.since = since
    }
}
