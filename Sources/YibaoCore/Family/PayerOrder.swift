/// The order in which a beneficiary's payers are charged (扣款顺序), after the beneficiary's own account.
public struct PayerOrder: Hashable, Sendable, Codable {
    public var beneficiary: ResidentID
    /// Payers in the order they are charged. Every payer bound to the beneficiary appears once.
    public var payers: [ResidentID]

    public init(beneficiary: ResidentID, payers: [ResidentID]) {
        self.beneficiary = beneficiary
        self.payers = payers
    }
}
