import ScreenKit
import YibaoCore

/// Checking the set-up form: as typed (the ID once all 18 characters are there), when a field is
/// left, and all at once before the confirmation.
extension SetupScreen {
    /// A field's value changed: keep the form's shape in step and re-check what can be checked now.
    mutating func fieldChanged(_ id: String, context: ScreenContext) {
        switch id {
        case Field.id:
            let typed = form.text(Field.id).filter { !$0.isWhitespace }.count
            if typed >= 18 { check(Field.id, context: context) } else { form.setError(Field.id, nil) }
        case Field.scheme:
            let index = form.choice(Field.scheme)
            form.update(Field.scheme) { $0.note = SetupScreen.schemeNote(index) }
            form.setVisible(Field.balance, scheme == .employee)
            if scheme != .employee { form.setError(Field.balance, nil) }
        case Field.region:
            form.setError(Field.region, nil)
        default:
            form.setError(id, nil)
        }
    }

    /// A field was left: say now what is wrong with what was typed (an empty field waits for Save).
    mutating func check(_ id: String, context: ScreenContext) {
        guard form.field(id)?.isText == false || !form.text(id).isEmpty else { return }
        switch id {
        case Field.id: form.setError(id, parsedID(context).error)
        case Field.balance: form.setError(id, parsedBalance().error)
        default: break
        }
    }

    /// Checks every field; asks to confirm the details in one sentence, or points at the first problem.
    mutating func submit(context: ScreenContext) -> [Action] {
        let name = form.text(Field.name)
        form.setError(Field.name, name.isEmpty ? HouseholdError.emptyName.message : nil)
        let id = parsedID(context)
        form.setError(Field.id, id.error)
        let region = parsedRegion()
        form.setError(Field.region, region.error)
        let balance: (value: Money?, error: LocalizedText?) = scheme == .employee ? parsedBalance() : (nil, nil)
        form.setError(Field.balance, balance.error)

        guard let idValue = id.value, let regionValue = region.value, !name.isEmpty, balance.error == nil else {
            form.focusFirstError()
            return [
                .status(
                    StatusLine(
                        .init(
                            zh: "还有地方要改：请看标着 [!] 的那一项。", en: "Something needs changing: see the field marked [!]."),
                        kind: .error))
            ]
        }
        let person = Person(id: idValue, name: name, scheme: scheme, region: regionValue, isOwner: true)
        return [
            .confirm(
                title: .init(zh: "保存我的账户", en: "Save my account"),
                message: confirmation(person, balance: balance.value, context: context),
                onYes: [.effect(.apply(.addPerson(person, openingBalance: balance.value)))], onNo: [])
        ]
    }

    /// The details restated in one sentence, the ID number masked.
    func confirmation(_ person: Person, balance: Money?, context: ScreenContext) -> LocalizedText {
        let id = context.environment.kiosk ? person.id.stronglyMasked : person.id.masked
        let region = context.environment.policy.regionCatalog.describe(person.region)
        let account: LocalizedText =
            if let balance {
                .init(zh: "个人账户现在有 \(balance.formatted)", en: "with \(balance.formatted) in the personal account now")
            } else {
                .init(zh: "没有个人账户", en: "with no personal account")
            }
        return .init(
            zh: "要保存的是：\(person.name)，身份证 \(id)，\(person.scheme.name.zh)，\(region.zh)，\(account.zh)。对吗？",
            en: "Save \(person.name), ID \(id), \(person.scheme.name.en), \(region.en), \(account.en)?")
    }

    func parsedID(_ context: ScreenContext) -> (value: ResidentID?, error: LocalizedText?) {
        do {
            return (try ResidentID(form.text(Field.id), today: context.today), nil)
        } catch {
            return (nil, error.message)
        }
    }

    func parsedRegion() -> (value: RegionCode?, error: LocalizedText?) {
        if let region = regions.code(at: form.choice(Field.region)) { return (region, nil) }
        return (nil, .init(zh: "请选择您参保的地区。", en: "Please choose where you are insured."))
    }

    func parsedBalance() -> (value: Money?, error: LocalizedText?) {
        do {
            return (try Money.parse(form.text(Field.balance)), nil)
        } catch {
            return (nil, error.message)
        }
    }
}
