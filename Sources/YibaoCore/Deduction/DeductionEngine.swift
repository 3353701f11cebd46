/// Splits a payment between accounts (REFERENCE.md §1.11): own account first, then payers in order,
/// then cash.
public enum DeductionEngine {
    /// Splits `amount`: the patient's own account pays up to its available funds, then each payer in
    /// the given order up to theirs, and anything left is cash.
    ///
    /// - `onePayerPerSettlement` (Wenzhou-type regions): besides the own account, only one payer may
    ///   pay: the first in order that has anything available.
    /// - A negative amount or negative available funds count as zero; a payer listed twice (or the
    ///   own account listed again as a payer) is charged once.
    public static func split(
        amount: Money, own: PayerFunds?, payers: [PayerFunds], onePayerPerSettlement: Bool
    ) -> Deduction {
        let total = max(.zero, amount)
        var remaining = total
        var parts: [Deduction.Part] = []
        var charged: Set<ResidentID> = []

        if let own {
            charged.insert(own.account)
            let share = min(remaining, max(.zero, own.available))
            if share > .zero {
                parts.append(.init(account: own.account, amount: share, isOwn: true))
                remaining -= share
            }
        }

        for payer in payers where remaining > .zero && !charged.contains(payer.account) {
            charged.insert(payer.account)
            let share = min(remaining, max(.zero, payer.available))
            guard share > .zero else { continue }
            parts.append(.init(account: payer.account, amount: share, isOwn: false))
            remaining -= share
            if onePayerPerSettlement { break }
        }

        return Deduction(amount: total, parts: parts, cash: remaining)
    }
}
