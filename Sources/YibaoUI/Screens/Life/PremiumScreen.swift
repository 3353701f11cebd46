import ScreenKit
import YibaoCore

/// The form that records a near relative's resident-insurance premium (居民医保个人缴费) paid from the
/// owner's account, insured or not (paying it is how an uninsured relative becomes insured): the
/// amount and the year it is for, and what the relative is to the owner when no binding says so (a
/// relative who was never bound). The confirmation says whom, which year, and what stays in the account.
public struct PremiumScreen: LifeFormScreen {
    let payer: ResidentID
    let beneficiary: ResidentID
    let relation: Relationship?
    public var form: FormState

    static let amount = "amount"
    static let year = "year"
    static let relationField = AddRelativeForm.relation

    public init(payer: ResidentID, beneficiary: ResidentID, relation: Relationship?, context: ScreenContext) {
        self.payer = payer
        self.beneficiary = beneficiary
        self.relation = relation
        // The relation is asked only when no binding recorded it (someone never bound to the owner).
        let asked = relation == nil ? [AddRelativeForm.relationField()] : []
        form = FormState(
            fields: asked + [
                .text(
                    Self.amount, .init(zh: "保费金额（元）", en: "Premium (yuan)"), maxLength: 12,
                    placeholder: .init(zh: "例如 400", en: "e.g. 400")),
                .text(Self.year, .init(zh: "缴费年度", en: "For the year"), maxLength: 4, text: String(context.today.year)),
                DateField.make(today: context.today, label: .init(zh: "付款日期", en: "Paid on")),
            ],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "代缴保费：\(context.displayName(beneficiary))", en: "Premium for \(context.displayName(beneficiary))")
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "用您的个人账户为近亲属缴纳城乡居民医保的个人缴费。没有参保的亲属，可以这样参保；"
                + "但在参保之前，看病的费用仍不能用您的账户付。只能为近亲属缴，金额不能超过您现在可用的余额。以当地规定为准。",
            en: "Pay a near relative's resident-insurance premium from your personal account. An uninsured relative "
                + "can become insured this way; until then, their medical costs still cannot be paid from your account. "
                + "Only for near relatives, and no more than you may spend now. Local policy prevails.")
    }

    /// The relation: the one a binding recorded, or the one chosen on the form.
    var chosenRelation: Relationship? {
        if let relation { return relation }
        let index = form.choice(Self.relationField) - 1
        return AddRelativeForm.relations.indices.contains(index) ? AddRelativeForm.relations[index] : nil
    }

    public mutating func submit(_ context: ScreenContext) -> [Action] {
        // Every field checked at once, each problem beside its field, the first focused.
        if relation == nil {
            form.setError(
                Self.relationField,
                chosenRelation == nil ? .init(zh: "请选择这位家人是您的什么人。", en: "Please choose what this person is to you.") : nil)
        }
        var amount: Money?
        do { amount = try Money.parse(form.text(Self.amount)) } catch { form.setError(Self.amount, error.message) }
        let year = Int(form.text(Self.year))
        if year == nil {
            form.setError(Self.year, .init(zh: "请填4位年份，例如2026。", en: "Please type a 4-digit year, e.g. 2026."))
        }
        var day: CivilDate?
        switch DateField.check(form.text(DateField.id), today: context.today, birth: beneficiary.birthDate) {
        case .success(let value): day = value
        case .failure(let problem): form.setError(DateField.id, problem.message)
        }
        guard let relation = chosenRelation, let amount, let year, let day else {
            form.focusFirstError()
            return []
        }
        guard var household = context.household else { return [] }
        household.date = day
        do {
            _ = try household.premium(
                payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year,
                policy: context.environment.policy)
        } catch {
            return [.message(title: .init(zh: "不能代缴", en: "Cannot pay"), message: error.message, isError: true)]
        }
        let left = household.ownAvailable(person: payer) - amount
        let name = context.displayName(beneficiary)
        let paid: LocalizedText =
            day == context.today
            ? .init(zh: "", en: "")
            : .init(zh: "（\(day.iso)付的）", en: " (paid on \(day.iso))")
        let request = ChangeRequest.payPremium(
            payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year)
        return [
            .confirm(
                title: .init(zh: "代缴保费", en: "Pay the premium"),
                message: .init(
                    zh: "从您的账户付\(amount.formatted)\(paid.zh)，作为\(name)\(year)年度的居民医保保费。之后您可用\(left.formatted)。要保存吗？",
                    en: "Pay \(amount.formatted)\(paid.en) from your account as \(name)'s resident-insurance premium for \(year). "
                        + "You will then have \(left.formatted) to use. Save this?"),
                onYes: [.effect(.apply(DateField.request(request, on: day, today: context.today)))], onNo: [])
        ]
    }

    public func intro(_ context: ScreenContext) -> LocalizedText {
        let available = context.household?.ownAvailable(person: payer) ?? .zero
        return relation == nil
            ? LocalizedText(
                zh: "您现在可用\(available.formatted)。选好TA是您的什么人，填好金额和年度，到“检查并保存”按回车。",
                en: "You may spend \(available.formatted) now. Choose the relation, type the amount and year, then Enter on Save.")
            : LocalizedText(
                zh: "您现在可用\(available.formatted)。填好金额和年度，到“检查并保存”按回车。",
                en: "You may spend \(available.formatted) now. Type the amount and year, then Enter on Save.")
    }

    public func asked(_ request: ChangeRequest) -> Bool {
        if case .payPremium(_, let who, _, _, _) = request { return who == beneficiary }
        return false
    }

    public func saved(_ request: ChangeRequest, _ outcome: ChangeOutcome, context: ScreenContext) -> LocalizedText {
        guard case .payPremium(_, _, _, let amount, let year) = request else { return .init(zh: "", en: "") }
        let name = context.displayName(beneficiary)
        return .init(
            zh: "已代缴\(name)\(year)年度的保费\(amount.formatted)。",
            en: "Paid \(amount.formatted): \(name)'s premium for \(year).")
    }
}
