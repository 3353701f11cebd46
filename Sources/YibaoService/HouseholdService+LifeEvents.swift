import YibaoCore
import YibaoStore

/// Life changes: a corrected or changed record, a death, a relative's premium, an estimated credit.
/// Each one intent, one transaction, one typed audit row; nothing is rewritten: each change of a record
/// is kept as a dated event, and each binding that ends is kept with the quota returned.
extension HouseholdService {
    /// Corrects or records a change to `person`'s record as of `date`; returns the bindings that ended
    /// (a move to another pooling area, insurance stopped) with the quota each gave back.
    @discardableResult
    public func editPerson(_ person: ResidentID, _ edit: PersonEdit, asOf date: CivilDate) throws -> [BindingEnd] {
        let pooling = try policy().poolingAreas
        let today = today()
        var ended: [BindingEnd] = []
        try store.change(asOf: date, today: today, years: insuranceYears(), action: .personEdit, summary: AuditWords.edit(person, on: date)) {
            let result = try $0.editPerson(person, edit, pooling: pooling, today: today)
            ended = result.ended
            return result.changes
        }
        return ended
    }

    /// Records `person`'s death on `date`; returns the bindings that ended with the quota each gave back.
    @discardableResult
    public func recordDeath(_ person: ResidentID, asOf date: CivilDate) throws -> [BindingEnd] {
        let today = today()
        if date > today { throw LifeEventError.afterToday(date: date, today: today) }
        var ended: [BindingEnd] = []
        try store.change(asOf: date, today: today, years: insuranceYears(), action: .personDied, summary: AuditWords.died(person, on: date)) {
            let result = try $0.recordDeath(person, today: today)
            ended = result.ended
            return result.changes
        }
        return ended
    }

    /// Records a resident-insurance premium paid from `payer`'s account for `beneficiary`, for `year`.
    public func payPremium(
        payer: ResidentID, beneficiary: ResidentID, relation: Relationship, amount: Money, year: Int,
        asOf date: CivilDate
    ) throws {
        let policy = try policy()
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .premium,
            summary: AuditWords.premium(amount, payer: payer, beneficiary: beneficiary, year: year)
        ) {
            try $0.premium(
                payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year, policy: policy)
        }
    }

    /// What the policy tables give as `person`'s credit for the month of `date`, without recording it.
    public func estimateCredit(for person: ResidentID, month date: CivilDate) throws -> CreditEstimate {
        let first = CivilDate(year: date.year, month: date.month, day: 1)!
        let household = try store.household(asOf: first, years: insuranceYears())
        return try household.estimatedCredit(for: person, policy: try policy(), credited: false, today: today()).estimate
    }

    /// Records `person`'s estimated credit for the month of `date` (dated its first day), marked as an
    /// estimate; refused when that month already has a credit or the tables give no amount.
    @discardableResult
    public func creditEstimated(for person: ResidentID, month date: CivilDate) throws -> CreditEstimate {
        let policy = try policy()
        let today = today()
        let first = CivilDate(year: date.year, month: date.month, day: 1)!
        if (first.year, first.month) > (today.year, today.month) {
            throw LifeEventError.futureMonth(month: Household.monthText(first))
        }
        var estimate: CreditEstimate?
        try store.changeInSteps(
            asOf: first, today: today, years: insuranceYears(), action: .creditEstimated,
            summary: AuditWords.creditEstimated(person, month: Household.monthText(first))
        ) { steps in
            let credited = try steps.hasCredit(account: person, month: Household.monthText(first))
            try steps.step { household in
                let result = try household.estimatedCredit(for: person, policy: policy, credited: credited, today: today)
                estimate = result.estimate
                return result.changes
            }
        }
        guard let estimate else { throw ServiceRefusal.nothingDecided }
        return estimate
    }

    /// Records `person`'s estimated credit for each of `months` (each dated its first day, marked as an
    /// estimate) in ONE transaction with one audit row naming the months; refused whole, nothing
    /// written, when a month is after today's, already has a credit, or the tables give no amount.
    @discardableResult
    public func creditEstimated(for person: ResidentID, months: [CivilDate]) throws -> [CreditEstimate] {
        let policy = try policy()
        let today = today()
        let firsts = months.map { CivilDate(year: $0.year, month: $0.month, day: 1)! }.sorted()
        guard let earliest = firsts.first else { return [] }
        for first in firsts where (first.year, first.month) > (today.year, today.month) {
            throw LifeEventError.futureMonth(month: Household.monthText(first))
        }
        let names = firsts.map(Household.monthText)
        var estimates: [CreditEstimate] = []
        try store.changeInSteps(
            asOf: earliest, today: today, action: .creditEstimated,
            summary: AuditWords.creditEstimated(person, month: names.joined(separator: ","))
        ) { steps in
            for first in firsts {
                let credited = try steps.hasCredit(account: person, month: Household.monthText(first))
                try steps.step { household in
                    var dated = household
                    dated.date = first
                    let result = try dated.estimatedCredit(for: person, policy: policy, credited: credited, today: today)
                    estimates.append(result.estimate)
                    return result.changes
                }
            }
        }
        return estimates
    }

    /// Records that `person`'s balance on `date` is `balance`: one adjustment of the difference from
    /// what Yibao has on that day, audited; refused when Yibao already has that balance.
    public func recordBalance(_ person: ResidentID, balance: Money, asOf date: CivilDate) throws {
        try store.change(
            asOf: date, today: today(), action: .balanceRecorded,
            summary: AuditWords.balanceRecorded(balance, of: person, on: date)
        ) {
            try $0.recordBalance(account: person, balance: balance)
        }
    }

    /// Every dated change to people's records, oldest first.
    public func personEvents() throws -> [PersonEvent] { try store.personEvents() }

    /// Every binding that ended by itself, oldest first.
    public func bindingEnds() throws -> [BindingEnd] { try store.bindingEnds() }
}
