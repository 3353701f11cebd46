import ScreenKit
import YibaoCore

/// One binding as the Relatives screen lists it, seen from the owner's side.
struct RelativeEntry: Hashable, Sendable {
    enum Direction: Hashable, Sendable {
        /// The owner pays for this relative.
        case ownerPays
        /// This relative pays for the owner.
        case paysForOwner
    }

    var binding: Binding
    var direction: Direction

    /// The other person: the beneficiary when the owner pays, the payer otherwise.
    var relative: ResidentID { direction == .ownerPays ? binding.beneficiary : binding.payer }

    /// The bindings that touch the owner: the ones the owner pays for (oldest first), then the ones
    /// that pay for the owner.
    static func entries(owner: ResidentID?, household: Household?) -> [RelativeEntry] {
        guard let owner, let household else { return [] }
        func ordered(_ bindings: [Binding]) -> [Binding] {
            bindings.enumerated().sorted { ($0.element.since, $0.offset) < ($1.element.since, $1.offset) }.map(\.element)
        }
        let pays = ordered(household.bindings.filter { $0.payer == owner && $0.beneficiary != owner })
        let paidBy = ordered(household.bindings.filter { $0.beneficiary == owner && $0.payer != owner })
        return pays.map { RelativeEntry(binding: $0, direction: .ownerPays) }
            + paidBy.map { RelativeEntry(binding: $0, direction: .paysForOwner) }
    }

    /// What the relative is to the owner, in everyday words: `母亲` when the owner pays for their
    /// mother; for someone who pays for the owner, the relation turned round when that is certain
    /// (`儿子`), otherwise what the owner is to them (`您是他的母亲`).
    func relationWords(_ household: Household?) -> LocalizedText {
        switch direction {
        case .ownerPays:
            return binding.relation.name
        case .paysForOwner:
            let sex = binding.payer.sex
            if let turned = binding.relation.turnedRound(otherSex: sex) { return turned.name }
            let pronoun = sex == .male ? LocalizedText(zh: "他", en: "his") : LocalizedText(zh: "她", en: "her")
            return .init(
                zh: "您是\(pronoun.zh)的\(binding.relation.name.zh)", en: "you are \(pronoun.en) \(binding.relation.name.en)")
        }
    }

    /// How the money flows: ordered within a province, or a quota with what remains of it.
    func formWords(_ household: Household?) -> LocalizedText {
        switch binding.form {
        case .ordered:
            return .init(zh: "省内，按扣款顺序付", en: "same province, in payer order")
        case .quota(let quota):
            let left = household?.quotaRemaining(payer: binding.payer, beneficiary: binding.beneficiary) ?? quota
            return .init(
                zh: "跨省额度 \(quota.formatted)，还剩 \(left.formatted)",
                en: "cross-province quota \(quota.formatted), \(left.formatted) left")
        }
    }

    /// Since when, as a sentence part: `从 2025-01-09 起` / `since 2025-01-09`.
    var sinceWords: LocalizedText {
        .init(zh: "从 \(binding.since.iso) 起", en: "since \(binding.since.iso)")
    }
}

extension Relationship {
    /// The same bond said from the other side, when the words make it certain: if the beneficiary is
    /// the payer's mother, the payer is her son or daughter (by `otherSex`, the payer's sex from the ID
    /// number). Nil when it cannot be said for sure (relations that are not near relatives).
    func turnedRound(otherSex: ResidentID.Sex) -> Relationship? {
        let male = otherSex == .male
        switch self {
        case .spouse: return .spouse
        case .father, .mother: return male ? .son : .daughter
        case .son, .daughter: return male ? .father : .mother
        // The beneficiary is the payer's elder sibling: the payer is the younger one.
        case .elderBrother, .elderSister: return male ? .youngerBrother : .youngerSister
        case .youngerBrother, .youngerSister: return male ? .elderBrother : .elderSister
        case .brother, .sister: return male ? .brother : .sister
        // The beneficiary is the payer's father's parent: the payer is their son's child.
        case .paternalGrandfather, .paternalGrandmother: return male ? .grandson : .granddaughter
        case .maternalGrandfather, .maternalGrandmother: return male ? .maternalGrandson : .maternalGranddaughter
        // The beneficiary is the payer's son's child: the payer is their father's parent.
        case .grandson, .granddaughter: return male ? .paternalGrandfather : .paternalGrandmother
        case .maternalGrandson, .maternalGranddaughter: return male ? .maternalGrandfather : .maternalGrandmother
        default: return nil
        }
    }
}
