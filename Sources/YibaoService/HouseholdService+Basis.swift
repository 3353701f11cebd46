import YibaoCore
import YibaoStore

/// Changes that carry what they were decided on: checked inside the change's own transaction (the
/// store reads the household in the same IMMEDIATE transaction it writes in), so no other writer can
/// slip in between the check and the write. A changed basis writes nothing and throws `ChangeOutdated`.
extension HouseholdService {
    /// Sets `beneficiary`'s payer order only if the saved order is still `basis` (nil: no check, the
    /// last writer wins, as on the command line).
    public func setPayerOrder(
        beneficiary: ResidentID, order: [ResidentID], basis: [ResidentID]? = nil, asOf date: CivilDate
    ) throws {
        try store.change(asOf: date, today: today(), years: insuranceYears(), action: .order, summary: AuditWords.order(beneficiary)) { household in
            if let basis {
                let current = household.payerOrder(for: beneficiary)
                guard current == basis else {
                    throw ChangeOutdated(current: current.map { household.persons[$0]?.name ?? $0.masked })
                }
            }
            return try household.setPayerOrder(beneficiary: beneficiary, order: order)
        }
    }
}
