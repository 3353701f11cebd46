import ScreenKit
import YibaoCore

/// The form that records a near relative's resident-insurance premium (居民医保个人缴费) paid from the
/// owner's account, insured or not (paying it is how an uninsured relative becomes insured): the
/// amount and the year it is for. The confirmation says whom, which year, and what stays in the account.
public struct PremiumScreen: ScreenState {
    let payer: ResidentID
    let beneficiary: ResidentID
    let relation: Relationship?
    var form: FormState

    static let amount = "amount"
    static let year = "year"

    public init(payer: ResidentID, beneficiary: ResidentID, relation: Relationship?, context: ScreenContext) {
        self.payer = payer
        self.beneficiary = beneficiary
        self.relation = relation
        form = FormState(
            fields: [
                .text(
                    Self.amount, .init(zh: "保费金额（元）", en: "Premium (yuan)"), maxLength: 12,
                    placeholder: .init(zh: "例如 400", en: "e.g. 400")),
                .text(Self.year, .init(zh: "缴费年度", en: "For the year"), maxLength: 4, text: String(context.today.year)),
            ],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "代缴保费：\(context.displayName(beneficiary))", en: "Premium for \(context.displayName(beneficiary))")
    }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { form.keyScopes }

    public func hints(_ context: ScreenContext) -> [Command] { [.nextField, .previousField, .select] }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "用您的个人账户为近亲属缴纳城乡居民医保的个人缴费。没有参保的亲属，可以这样参保；"
                + "但在参保之前，看病的费用仍不能用您的账户付。只能为近亲属缴，金额不能超过您现在可用的余额。以当地规定为准。",
            en: "Pay a near relative's resident-insurance premium from your personal account. An uninsured relative "
                + "can become insured this way; until then, their medical costs still cannot be paid from your account. "
                + "Only for near relatives, and no more than you may spend now. Local policy prevails.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        switch form.handle(input) {
        case .cancel: return [.pop]
        case .submit: return submit(context)
        case .changed(let id): form.setError(id, nil)
        default: break
        }
        return []
    }

    private mutating func submit(_ context: ScreenContext) -> [Action] {
        guard let relation else {
            return [
                .message(
                    title: .init(zh: "不能代缴", en: "Cannot pay"),
                    message: .init(
                        zh: "不知道这位是您的什么亲属，请用命令行 yibao premium --relation 记录。",
                        en: "It is not known what this person is to you; please use `yibao premium --relation`."),
                    isError: true)
            ]
        }
        let amount: Money
        do { amount = try Money.parse(form.text(Self.amount)) } catch {
            form.setError(Self.amount, error.message)
            form.focusFirstError()
            return []
        }
        guard let year = Int(form.text(Self.year)) else {
            form.setError(Self.year, .init(zh: "请填4位年份，例如2026。", en: "Please type a 4-digit year, e.g. 2026."))
            form.focusFirstError()
            return []
        }
        guard var household = context.household else { return [] }
        household.date = context.today
        do {
            _ = try household.premium(
                payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year,
                policy: context.environment.policy)
        } catch {
            return [.message(title: .init(zh: "不能代缴", en: "Cannot pay"), message: error.message, isError: true)]
        }
        let left = household.ownAvailable(person: payer) - amount
        let name = context.displayName(beneficiary)
        return [
            .confirm(
                title: .init(zh: "代缴保费", en: "Pay the premium"),
                message: .init(
                    zh: "从您的账户付\(amount.formatted)，作为\(name)\(year)年度的居民医保保费。之后您可用\(left.formatted)。要保存吗？",
                    en: "Pay \(amount.formatted) from your account as \(name)'s resident-insurance premium for \(year). "
                        + "You will then have \(left.formatted) to use. Save this?"),
                onYes: [
                    .effect(
                        .apply(.payPremium(payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year)))
                ], onNo: [])
        ]
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(.payPremium(_, let who, _, let amount, let year), _) where who == beneficiary:
            let name = context.displayName(beneficiary)
            return [
                .pop,
                .status(
                    StatusLine(
                        .init(
                            zh: "已代缴\(name)\(year)年度的保费\(amount.formatted)。",
                            en: "Paid \(amount.formatted): \(name)'s premium for \(year)."), kind: .success)),
            ]
        case .refused(.payPremium(_, let who, _, _, _), let message) where who == beneficiary:
            return [.message(title: .init(zh: "没有保存", en: "Not saved"), message: message, isError: true)]
        default:
            return []
        }
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let available = context.household?.ownAvailable(person: payer) ?? .zero
        let intro = LocalizedText(
            zh: "您现在可用\(available.formatted)。填好金额和年度，到“检查并保存”按回车。",
            en: "You may spend \(available.formatted) now. Type the amount and year, then Enter on Save.")
        buffer.put(context.text(intro), x: area.x, y: area.y, maxWidth: area.width)
        let gap = area.height - 1 >= form.height + 1 ? 2 : 1
        form.render(in: area.splitTop(min(area.height, gap)).rest, into: &buffer, context: context)
    }
}
