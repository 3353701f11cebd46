import YibaoCore
import YibaoStore

/// Every change to a household's records: each one intent, one transaction, one audit row. Refusals
/// are the model's `UserFacingError`s (every reason, in words); store failures are `StoreError`s.
extension HouseholdService {
    /// Carries out what a person asked for in the app or at the kiosk. `atKiosk`: a person added is
    /// marked pending (unconfirmed until the counter confirms or replaces them).
    @discardableResult
    public func apply(_ request: ChangeRequest, asOf date: CivilDate, atKiosk: Bool = false) throws -> ChangeOutcome {
        switch request {
        case .addPerson(let person, let opening):
            if atKiosk {
                try store.change(
                    asOf: date, today: today(), years: insuranceYears(), action: .personAdd, summary: AuditWords.addPerson(person.id)
                ) {
                    try $0.addPerson(person, openingBalance: opening) + [.markPending(person.id)]
                }
            } else {
                try addPerson(person, openingBalance: opening, asOf: date)
            }
        case .addRelative(let person, let opening, let payer, let relation, let quota):
            try addRelative(
                person, openingBalance: opening, payer: payer, relation: relation, quota: quota, asOf: date,
                pending: atKiosk)
        case .bind(let payer, let beneficiary, let relation, let quota):
            try bind(payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, asOf: date)
        case .unbind(let payer, let beneficiary):
            return .unbound(returnedQuota: try unbind(payer: payer, beneficiary: beneficiary, asOf: date))
        case .setPayerOrder(let beneficiary, let order, let basis):
            try setPayerOrder(beneficiary: beneficiary, order: order, basis: basis, asOf: date)
        case .createDemo:
            try loadDemo(asOf: date)
        case .editPerson(let person, let edit):
            return .ended(try editPerson(person, edit, asOf: date))
        case .recordDeath(let person):
            return .ended(try recordDeath(person, asOf: date))
        case .payPremium(let payer, let beneficiary, let relation, let amount, let year):
            try payPremium(payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year, asOf: date)
        case .creditEstimated(let person):
            return .estimated(try creditEstimated(for: person, month: date))
        case .creditEstimatedMonths(let person, let months):
            return .estimatedMonths(try creditEstimated(for: person, months: months))
        case .recordBalance(let person, let balance):
            try recordBalance(person, balance: balance, asOf: date)
        case .dated(let request, let day):
            // The store refuses a day after the real today (`change(asOf:today:)`); said here first.
            let today = today()
            if day > today { throw LifeEventError.afterToday(date: day, today: today) }
            return try apply(request, asOf: day, atKiosk: atKiosk)
        }
        return .done
    }

    /// Adds a person (the owner with `isOwner`), with an opening balance for an employee account. An ID a
    /// kiosk visitor added (pending) is replaced by these details and confirmed, never refused as "already
    /// here": a kiosk-made record never blocks the counter's.
    public func addPerson(_ person: Person, openingBalance: Money?, asOf date: CivilDate) throws {
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .personAdd, summary: AuditWords.addPerson(person.id)
        ) {
            try $0.addOrConfirm(person, openingBalance: openingBalance)
        }
    }

    /// Confirms, as it is, a person a kiosk visitor added (`yibao person confirm`).
    public func confirmPerson(_ id: ResidentID, asOf date: CivilDate) throws {
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .personConfirm, summary: "confirm person \(id.masked)"
        ) {
            try $0.confirmPending(id)
        }
    }

    /// Adds a new relative and binds them to `payer` in ONE transaction: if the binding is refused,
    /// the person is not added either.
    public func addRelative(
        _ person: Person, openingBalance: Money?, payer: ResidentID, relation: Relationship, quota: Money?,
        asOf date: CivilDate, pending: Bool = false
    ) throws {
        let policy = try policy()
        try store.changeInSteps(
            asOf: date, today: today(), years: insuranceYears(), action: .relativeAdd,
            summary: AuditWords.addRelative(person.id, payer: payer, relation: relation)
        ) { steps in
            try steps.step { try $0.addPerson(person, openingBalance: openingBalance) }
            try steps.step {
                try $0.refuseIfPending(payer)
                return try $0.bind(payer: payer, beneficiary: person.id, relation: relation, quota: quota, policy: policy)
            }
            if pending { try steps.step { _ in [.markPending(person.id)] } }
        }
    }

    /// Lets `payer`'s account pay for `beneficiary` (ordered within a province, a quota across).
    public func bind(
        payer: ResidentID, beneficiary: ResidentID, relation: Relationship, quota: Money?, asOf date: CivilDate
    ) throws {
        let policy = try policy()
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .bind,
            summary: AuditWords.bind(payer: payer, beneficiary: beneficiary, relation: relation)
        ) {
            try $0.refuseIfPending(payer)
            return try $0.bind(payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, policy: policy)
        }
    }

    /// Ends a binding; returns the unused quota given back to the payer (zero for an ordered binding).
    @discardableResult
    public func unbind(payer: ResidentID, beneficiary: ResidentID, asOf date: CivilDate) throws -> Money {
        var returned = Money.zero
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .unbind,
            summary: AuditWords.unbind(payer: payer, beneficiary: beneficiary)
        ) {
            let result = try $0.unbindOnRequest(payer: payer, beneficiary: beneficiary)
            returned = result.returnedQuota
            return result.changes
        }
        return returned
    }

    /// Records a credit (划入) to an account.
    public func credit(account: ResidentID, amount: Money, note: String = "", asOf date: CivilDate) throws {
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .credit, summary: AuditWords.credit(amount, to: account)
        ) {
            try $0.credit(account: account, amount: amount, note: note)
        }
    }

    /// Records a medical payment for `beneficiary`, split by the deduction engine inside the transaction.
    @discardableResult
    public func pay(beneficiary: ResidentID, amount: Money, asOf date: CivilDate) throws -> Payment {
        let policy = try policy()
        var payment: Payment?
        try store.change(
            asOf: date, today: today(), years: insuranceYears(), action: .pay, summary: AuditWords.pay(amount, for: beneficiary)
        ) { household in
            let result = try household.pay(beneficiary: beneficiary, amount: amount, rules: policy)
            payment = Payment(
                deduction: result.deduction, names: household.persons.mapValues(\.name), recorded: true)
            return result.changes
        }
        guard let payment else { throw ServiceRefusal.nothingDecided }
        return payment
    }

    /// How a payment would be split, without recording it (`yibao pay --dry-run`).
    public func previewPayment(beneficiary: ResidentID, amount: Money, asOf date: CivilDate) throws -> Payment {
        let household = try store.household(asOf: date, years: insuranceYears())
        let deduction = try household.payment(beneficiary: beneficiary, amount: amount, rules: try policy())
        return Payment(deduction: deduction, names: household.persons.mapValues(\.name), recorded: false)
    }
}
