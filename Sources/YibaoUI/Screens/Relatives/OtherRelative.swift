import ScreenKit
import YibaoCore

/// A relative in the records who is not bound to the owner now: their binding ended (a move, stopped
/// insurance, a death, or it was ended by hand), or they were never bound (someone not insured, whose
/// premium the owner may pay). Listed on Relatives under "Other relatives" so their entry can be opened.
struct OtherRelative: Hashable, Sendable {
    var person: Person
    /// The last binding between the owner and this person that ended (by itself or on request), if any.
    var lastEnd: BindingEnd?
    /// Whether the owner was the payer of `lastEnd` (false: this person paid for the owner).
    var ownerPaid: Bool

    /// Everyone in the household but the owner and the people in `bound` (the listed bindings), by
    /// name; each with the last binding with the owner that ended.
    static func others(
        owner: ResidentID?, household: Household?, ends: [BindingEnd], bound: [RelativeEntry]
    ) -> [OtherRelative] {
        guard let owner, let household else { return [] }
        let listed = Set(bound.map(\.relative))
        return household.persons.values
            .filter { $0.id != owner && !listed.contains($0.id) }
            .sorted { ($0.name, $0.id.value) < ($1.name, $1.id.value) }
            .map { person in
                let end = ends.last {
                    ($0.binding.payer == owner && $0.binding.beneficiary == person.id)
                        || ($0.binding.beneficiary == owner && $0.binding.payer == person.id)
                }
                return OtherRelative(person: person, lastEnd: end, ownerPaid: end?.binding.payer == owner)
            }
    }

    /// What the person is to the owner, when an ended binding says so for sure.
    var relation: Relationship? {
        guard let end = lastEnd else { return nil }
        return ownerPaid ? end.binding.relation : end.binding.relation.turnedRound(otherSex: end.binding.payer.sex)
    }

    /// The relation in words, or just "relative" when no binding recorded it.
    var relationWords: LocalizedText {
        relation?.name ?? .init(zh: "家人", en: "relative")
    }

    /// Why they are not bound now, in plain words: died on DATE; the binding ended on DATE because …;
    /// not insured (the account may pay their premium from their entry); or simply not bound.
    var whyWords: LocalizedText {
        if let died = person.diedOn {
            return .init(zh: "已于 \(died.iso) 去世", en: "died on \(died.iso)")
        }
        if let end = lastEnd {
            return .init(
                zh: "共济于 \(end.endedOn.iso) 解除：\(end.reason.name.zh)",
                en: "binding ended on \(end.endedOn.iso): \(end.reason.name.en)")
        }
        if !person.scheme.isEnrolled {
            return .init(
                zh: "还没有参保；可以从您的账户代缴TA的居民医保保费（回车，再按4）",
                en: "not insured; you may pay their premium (Enter, then 4)")
        }
        return .init(zh: "没有和您绑定共济", en: "not bound to you")
    }

    /// The person's entry screen.
    var personScreen: PersonScreen { PersonScreen(person: person.id, relation: relation) }
}
