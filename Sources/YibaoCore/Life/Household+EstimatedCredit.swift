/// A month's credit worked out from the policy tables (`credits.yaml`) and the person's record.
public struct CreditEstimate: Hashable, Sendable {
    public var person: ResidentID
    /// The month, `YYYY-MM`.
    public var month: String
    public var amount: Money
    public var group: CreditGroup
    /// The rule used: its words and its source.
    public var rule: CreditRule
}

extension Household {
    /// The mark that starts the note of an estimated credit line: it was worked out, not read from a
    /// statement, and may be corrected later with an adjustment.
    public static let estimateMark = "[估算/estimated]"

    /// Whether a ledger line is an estimate (`estimateMark`).
    public static func isEstimate(_ entry: LedgerEntry) -> Bool { entry.note.hasPrefix(estimateMark) }

    /// The estimated credit for `person` in the month this household is dated in (its first day): the
    /// retirees' rule from the day they retired, otherwise the in-service rule on their contribution base.
    /// `credited` says whether that month already has a credit. Refuses, with the reason, a person who
    /// is unknown, dead or without an employee account, a month after `today`'s, a month already
    /// credited, and a person or region the tables give no amount for.
    public func estimatedCredit(
        for id: ResidentID, policy: PolicyBook, credited: Bool, today: CivilDate
    ) throws(LifeEventError) -> (estimate: CreditEstimate, changes: [Change]) {
        guard let person = persons[id] else { throw .unknownPerson(masked: id.masked) }
        if let died = person.diedOn { throw .personDied(name: person.name, on: died) }
        guard person.hasPersonalAccount else { throw .noPersonalAccount(name: person.name) }
        let month = Household.monthText(date)
        if (date.year, date.month) > (today.year, today.month) { throw .futureMonth(month: month) }
        if credited { throw .monthAlreadyCredited(month: month) }
        let monthEnd = CivilDate(year: date.year, month: date.month, day: CivilDate.daysIn(month: date.month, year: date.year))!
        let group: CreditGroup = (person.retiredOn.map { $0 <= monthEnd } ?? false) ? .retired : .inService
        guard let rule = policy.creditRule(for: person.region, group: group, on: date) else {
            throw .noEstimate(Household.noRuleWords(person.region, group))
        }
        if group == .inService, person.contributionBase == nil {
            throw .noEstimate(
                LocalizedText(
                    zh: "没有记录\(person.name)的缴费基数。请先用 yibao person edit --contribution-base 记录，或直接记实际划入金额。",
                    en: "\(person.name)'s contribution base is not recorded. Record it first with "
                        + "`yibao person edit --contribution-base`, or record the actual credit with --amount."))
        }
        guard
            let amount = rule.monthlyAmount(base: person.contributionBase, age: id.birthDate.years(until: date)),
            amount > .zero
        else { throw .noEstimate(Household.noRuleWords(person.region, group)) }
        let estimate = CreditEstimate(person: id, month: month, amount: amount, group: group, rule: rule)
        let note = "\(Household.estimateMark) \(rule.basis.source)"
        return (estimate, [.addLedgerEntry(LedgerEntry(account: id, date: date, kind: .credit, amount: amount, note: note))])
    }

    /// `YYYY-MM` of a date.
    public static func monthText(_ date: CivilDate) -> String { String(date.iso.prefix(7)) }

    private static func noRuleWords(_ region: RegionCode, _ group: CreditGroup) -> LocalizedText {
        let who: LocalizedText = group == .retired ? .init(zh: "退休人员", en: "retirees") : .init(zh: "在职职工", en: "people in service")
        return LocalizedText(
            zh: "政策表里没有\(region.code)地区\(who.zh)每月划入的具体金额，无法估算。请按医保App或对账单记实际金额（yibao credit --amount）。",
            en: "The policy tables have no monthly amount for \(who.en) in \(region.code), so no estimate can be made. "
                + "Please record the actual amount from the app or your statement (`yibao credit --amount`).")
    }
}
