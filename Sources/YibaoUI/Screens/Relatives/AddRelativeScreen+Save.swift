import ScreenKit
import YibaoCore

extension AddRelativeScreen {
    /// Enter on "Check and save": problems at the fields first; then the model's reasons, if any, in a
    /// box; otherwise one sentence to confirm. Nothing is saved before "yes".
    mutating func submit(_ context: ScreenContext) -> [Action] {
        guard let owner = context.snapshot?.owner, let household = context.household else {
            return [
                .message(
                    title: .init(zh: "还不能添加", en: "Cannot add yet"),
                    message: .init(
                        zh: "还不知道这是谁的账户。请先完成首次设置，再添加亲属。",
                        en: "It is not yet known whose account this is. Please finish the set-up, then add relatives."),
                    isError: true)
            ]
        }
        // Every field and every reason of the rules at once, each beside its field, the first focused.
        addingOnly = false
        let draft = checkedDraft(context)
        let reasons = eligibilityReasons(draft: draft, owner: owner, household: household, context: context)
        markReasons(reasons)
        if let draft, let offer = notEnrolledOffer(draft, reasons: reasons, context: context) {
            form.focusFirstError()
            return offer
        }
        guard let draft, reasons.isEmpty, !hasProblems else {
            form.focusFirstError()
            let count = form.fields.filter { $0.isVisible && $0.error != nil }.count
            var actions: [Action] = []
            if !reasons.isEmpty {
                actions.append(
                    .message(
                        title: .init(zh: "还不能绑定", en: "Cannot bind yet"),
                        message: AddRelativeWords.reasons(reasons), isError: true))
            }
            if count > 0 {
                actions.append(
                    .status(
                        StatusLine(
                            .init(
                                zh: "有 \(count) 处需要修改，见标着 [!] 的地方。",
                                en: count == 1
                                    ? "One thing needs changing: see the [!] mark."
                                    : "\(count) things need changing: see the [!] marks."),
                            kind: .error)))
            }
            return actions
        }
        pending = draft
        return [
            .confirm(
                title: .init(zh: "请确认", en: "Please confirm"),
                message: AddRelativeWords.confirmation(draft, owner: owner, context: context),
                onYes: [.effect(.apply(draft.request(owner: owner)))],
                onNo: [.status(StatusLine(.init(zh: "还没有保存，可以继续修改。", en: "Nothing saved yet; you can keep editing.")))])
        ]
    }

    /// Checks every visible field, saying each problem at its field; the draft when there are none.
    mutating func checkedDraft(_ context: ScreenContext) -> AddRelativeDraft? {
        let existing = existingPerson(context)
        let name = form.text(AddRelativeForm.name)
        form.setError(AddRelativeForm.name, name.isEmpty ? HouseholdError.emptyName.message : nil)
        form.setError(AddRelativeForm.id, idProblem(context))
        let relationIndex = form.choice(AddRelativeForm.relation) - 1
        form.setError(
            AddRelativeForm.relation,
            AddRelativeForm.relations.indices.contains(relationIndex)
                ? nil
                : .init(zh: "请选择这位家人是您的什么人。", en: "Please choose what this person is to you."))
        let quotaVisible = form.field(AddRelativeForm.quota)?.isVisible == true
        form.setError(AddRelativeForm.quota, quotaVisible ? quotaProblem() : nil)
        let balanceVisible = form.field(AddRelativeForm.balance)?.isVisible == true
        form.setError(AddRelativeForm.balance, balanceVisible ? balanceProblem() : nil)

        guard !hasProblems, let id = typedID(context), let region = chosenRegion(context) else { return nil }
        let quota = quotaVisible ? try? Money.parse(form.text(AddRelativeForm.quota)) : nil
        let relation = AddRelativeForm.relations[relationIndex]
        if let existing {
            return AddRelativeDraft(
                person: existing, isNew: false, relation: relation, quota: quota,
                regionWords: context.environment.policy.regionCatalog.describe(existing.region))
        }
        let person = Person(id: id, name: name, scheme: chosenScheme, region: region)
        let balanceText = form.text(AddRelativeForm.balance)
        let opening = balanceVisible && !balanceText.isEmpty ? try? Money.parse(balanceText) : nil
        return AddRelativeDraft(
            person: person, isNew: true, relation: relation, quota: quota, openingBalance: opening,
            regionWords: context.environment.policy.regionCatalog.describe(region))
    }

    /// A new relative who is only refused for not being insured yet: the box says why and where the
    /// premium is paid, and offers to keep them in the records without a binding ("Other relatives"),
    /// so their entry can record the premium the owner pays for them. Nil otherwise (and at a kiosk,
    /// where only bound relatives are shown).
    mutating func notEnrolledOffer(_ draft: AddRelativeDraft, reasons: [Refusal], context: ScreenContext) -> [Action]? {
        guard draft.isNew, !context.environment.kiosk, !reasons.isEmpty,
            reasons.allSatisfy({ if case .beneficiaryNotEnrolled = $0 { return true } else { return false } }),
            !form.fields.contains(where: { $0.isVisible && $0.error != nil && $0.id != AddRelativeForm.scheme })
        else { return nil }
        pending = draft
        addingOnly = true
        let name = AddRelativeWords.name(draft.person, context: context)
        let why = AddRelativeWords.reasons(reasons)
        return [
            .confirm(
                title: .init(zh: "还不能绑定", en: "Cannot bind yet"),
                message: .init(
                    zh: why.zh + "\n要先把\(name)记在“其他家人”里（不绑定），好为TA代缴保费吗？",
                    en: why.en + "\nKeep \(name) under \"Other relatives\" now (no binding), so you can pay the premium?"),
                onYes: [.effect(.apply(.addPerson(draft.person, openingBalance: nil)))],
                onNo: [.status(StatusLine(.init(zh: "没有保存，可以继续修改。", en: "Nothing saved; you can keep editing.")))])
        ]
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        guard let draft = pending, let owner = context.snapshot?.owner else { return [] }
        if addingOnly {
            switch event {
            case .applied(.addPerson(let person, _), _) where person.id == draft.person.id:
                pending = nil
                addingOnly = false
                let name = AddRelativeWords.name(draft.person, context: context)
                return [
                    .replace(PersonScreen(person: draft.person.id, relation: draft.relation)),
                    .status(
                        StatusLine(
                            .init(
                                zh: "已把\(name)记在“其他家人”里（没有绑定）。按4为TA代缴居民医保保费。",
                                en: "\(name) is kept under \"Other relatives\" (no binding). Press 4 to pay the premium."),
                            kind: .success)),
                ]
            case .refused(.addPerson(let person, _), let message) where person.id == draft.person.id:
                pending = nil
                addingOnly = false
                return [
                    .message(
                        title: .init(zh: "未能添加", en: "Not added"), message: AddRelativeWords.refused(message, context: context),
                        isError: true)
                ]
            default:
                return []
            }
        }
        switch event {
        case .applied(let request, _) where request == draft.request(owner: owner):
            pending = nil
            return [.pop, .status(StatusLine(AddRelativeWords.done(draft, context: context), kind: .success))]
        case .refused(let request, let message) where request == draft.request(owner: owner):
            // One transaction: refused means nothing was saved, not even the person.
            pending = nil
            refresh(context)
            return [
                .message(
                    title: .init(zh: draft.isNew ? "未能添加" : "未能绑定", en: draft.isNew ? "Not added" : "Not bound"),
                    message: AddRelativeWords.refused(message, context: context), isError: true)
            ]
        default:
            return []
        }
    }
}
