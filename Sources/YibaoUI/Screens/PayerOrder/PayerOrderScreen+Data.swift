import ScreenKit
import YibaoCore

/// What the payer-order screen reads from the household: who has payers, each row's words and
/// amounts, and the worked example computed with the unsaved order.
extension PayerOrderScreen {
    /// People with at least one payer: the owner first (if they have payers), then each relative the
    /// owner pays for, in binding order. Without an owner, everyone who has payers.
    static func beneficiaries(in household: Household?, owner: ResidentID?) -> [ResidentID] {
        guard let household else { return [] }
        let withPayers = Set(household.bindings.map(\.beneficiary))
        var result: [ResidentID] = []
        func add(_ id: ResidentID) {
            if withPayers.contains(id), household.persons[id] != nil, !result.contains(id) { result.append(id) }
        }
        if let owner {
            add(owner)
            for binding in household.bindings where binding.payer == owner { add(binding.beneficiary) }
        } else {
            for binding in household.bindings { add(binding.beneficiary) }
        }
        return result
    }

    /// True when the person shown has a personal account of their own (employee insurance).
    func hasOwnAccount(_ context: ScreenContext) -> Bool {
        guard let beneficiary, let household = context.household else { return false }
        return (household.persons[beneficiary]?.hasPersonalAccount ?? false) || household.accounts[beneficiary] != nil
    }

    /// True when the person shown has a personal account whose balance was never given (no ledger):
    /// the example counts it as ¥0.00 and says so.
    func ownBalanceUnknown(_ context: ScreenContext) -> Bool {
        guard let beneficiary, let household = context.household else { return false }
        return household.persons[beneficiary]?.hasPersonalAccount == true && household.accounts[beneficiary] == nil
    }

    /// The cells of each row: order, account, relationship, form, what it can pay, moved marker.
    func rows(_ context: ScreenContext) -> [[String]] {
        guard let beneficiary, let household = context.household else { return [] }
        let policy = context.environment.policy
        let ownAmount =
            hasOwnAccount(context)
            ? household.ownAvailable(person: beneficiary).formatted : context.text(PayerOrderWords.noAccount)
        var rows = [
            [
                "1", context.displayName(beneficiary), context.text(PayerOrderWords.ownAccount),
                context.text(PayerOrderWords.alwaysFirst), ownAmount, "",
            ]
        ]
        for (index, payer) in draft.enumerated() {
            let binding = household.bindings.first { $0.payer == payer && $0.beneficiary == beneficiary }
            let form: String
            switch binding?.form {
            case .quota: form = context.text(PayerOrderWords.quota)
            case .ordered, nil: form = context.text(PayerOrderWords.ordered)
            }
            rows.append([
                "\(index + 2)", context.displayName(payer), binding.map { context.text($0.relation.name) } ?? "",
                form, household.shareable(payer: payer, for: beneficiary, rules: policy).formatted,
                payer == moved ? context.text(PayerOrderWords.movedMarker) : "",
            ])
        }
        return rows
    }

    /// The example (worked out when the order, the bill or the data changed) as a sentence in the
    /// screen's language.
    func exampleSentence(_ context: ScreenContext) -> String? {
        example?.explanation(language: context.language, name: context.displayName)
    }

    /// When the person shown is insured where one bill may use only one payer (Wenzhou), the place's name.
    func onePayerRegionName(_ context: ScreenContext) -> LocalizedText? {
        guard let beneficiary, let household = context.household, let person = household.persons[beneficiary]
        else { return nil }
        let policy = context.environment.policy
        guard policy.flags(for: person.region, on: household.date).onePayerPerSettlement else { return nil }
        let entry = policy.overrides(for: person.region, on: household.date).first { $0.onePayerPerSettlement == true }
        return entry?.name ?? PayerOrderWords.thisRegion
    }
}
