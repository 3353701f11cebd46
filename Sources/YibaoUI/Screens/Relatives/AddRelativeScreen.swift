import ScreenKit
import YibaoCore

/// The form that adds a relative the owner will pay for: name, ID number (checked as typed), relation,
/// their insurance and region, and a quota when they are insured in another province. Problems are
/// said at the field; the model's reasons are shown before asking; the change is confirmed in one
/// sentence, then made through the model (add the person if new, then bind).
public struct AddRelativeScreen: ScreenState {
    var form: FormState
    /// The region behind each option of the region picker.
    let regions: RegionField
    /// What was confirmed and is being saved: the bind still to do after the person is added.
    var pending: AddRelativeDraft?
    /// True when what is being saved is the person alone, without a binding (someone not insured yet).
    var addingOnly = false

    public init(context: ScreenContext) {
        let ownerRegion = context.snapshot?.ownerPerson?.region
        (form, regions) = AddRelativeForm.make(
            catalog: context.environment.policy.regionCatalog, ownerRegion: ownerRegion)
        refresh(context)
    }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "添加亲属", en: "Add a relative") }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { form.keyScopes }

    public func hints(_ context: ScreenContext) -> [Command] {
        if form.picker != nil { return [.up, .select] }
        return [.nextField, .previousField, .select]
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "在这里添加一位您要为其付款的家人。一项一项填：用 Tab 或上下方向键换一项，选项用左右键换，"
                + "或按回车打开列表。身份证号码填满18位后会马上检查。填好后到最下面的“检查并保存”按回车："
                + "先告诉您能不能绑定、为什么，再用一句话请您确认。按 Esc 离开，不会保存。"
                + "如果这位家人在外省参保，要填一个额度：这笔钱只给这位家人看病买药用。",
            en: "Add a relative your account will pay for. Fill in one field at a time: Tab or the Up and Down arrows "
                + "move between fields; choices change with Left and Right, or press Enter for a list. The ID number "
                + "is checked as soon as it has 18 characters. When done, press Enter on \"Check and save\": you are "
                + "told first whether the binding can be made and why, then asked to confirm in one sentence. Esc "
                + "leaves without saving. For a relative insured in another province you set a quota: an amount "
                + "only they may use, for medical costs.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        defer { hideIDInKiosk(context) }
        // Backspace (which deletes in a form) leaves where nothing is typed and no list is open.
        if input == .command(.deleteBackward), !form.capturesText, form.picker == nil { return leave() }
        form.fitPicker(
            in: form.area(belowIntroIn: context.contentArea), screenRows: context.size.rows, context: context)
        switch form.handle(input) {
        case .cancel: return leave()
        case .submit: return submit(context)
        case .changed(let id): changed(id, context: context)
        case .left(let id): left(id, context: context)
        case .none: break
        }
        return []
    }

    /// At a kiosk the ID number shows only while it is being typed: once focus leaves the field it is
    /// drawn as stars, so a passer-by never reads a whole number (the confirmation shows it masked).
    mutating func hideIDInKiosk(_ context: ScreenContext) {
        let typing = !form.isOnButton && form.fields[form.focus].id == AddRelativeForm.id
        let hide = context.environment.kiosk && !typing
        form.update(AddRelativeForm.id) { field in
            guard case .text(var textField) = field.kind, textField.isMasked != hide else { return }
            textField.isMasked = hide
            field.kind = .text(textField)
        }
    }

    /// Esc: a clean form just closes; a filled-in one asks first.
    func leave() -> [Action] {
        guard form.isDirty else { return [.pop] }
        return [
            .confirm(
                title: .init(zh: "离开这一页？", en: "Leave this page?"),
                message: .init(
                    zh: "您填写的内容还没有保存。要离开吗？离开后什么都不会保存。",
                    en: "What you typed has not been saved. Leave now? Nothing will be saved."),
                onYes: [.pop, .status(StatusLine(.init(zh: "没有保存，已离开。", en: "Left without saving.")))],
                onNo: [], isDestructive: true)
        ]
    }

    // MARK: Checking as typed

    private mutating func changed(_ id: String, context: ScreenContext) {
        switch id {
        case AddRelativeForm.id:
            // Only once 18 characters are typed: no nagging while the first digits go in.
            if AddRelativeForm.compact(form.text(id)).count >= 18 {
                form.setError(id, idProblem(context))
            } else {
                form.setError(id, nil)
            }
        default:
            form.setError(id, nil)
        }
        refresh(context)
    }

    private mutating func left(_ id: String, context: ScreenContext) {
        guard !form.text(id).isEmpty else { return }
        switch id {
        case AddRelativeForm.id: form.setError(id, idProblem(context))
        case AddRelativeForm.quota: form.setError(id, quotaProblem())
        case AddRelativeForm.balance: form.setError(id, balanceProblem())
        default: break
        }
    }

    func typedID(_ context: ScreenContext) -> ResidentID? {
        try? ResidentID(form.text(AddRelativeForm.id), today: context.today)
    }

    func idProblem(_ context: ScreenContext) -> LocalizedText? {
        do {
            _ = try ResidentID(form.text(AddRelativeForm.id), today: context.today)
            return nil
        } catch {
            return error.message
        }
    }

    func quotaProblem() -> LocalizedText? {
        let text = form.text(AddRelativeForm.quota)
        if text.isEmpty {
            return .init(
                zh: "这位家人在外省参保，请填写额度：这位家人最多可以用的钱，例如 500。",
                en: "This relative is insured in another province: please type a quota, the most they may use, "
                    + "for example 500.")
        }
        do {
            _ = try Money.parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    /// The relative's own balance: empty is "not known"; anything typed must be an amount.
    func balanceProblem() -> LocalizedText? {
        let text = form.text(AddRelativeForm.balance)
        guard !text.isEmpty else { return nil }
        do {
            _ = try Money.parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    /// The person already in the store under the typed ID number, if any.
    func existingPerson(_ context: ScreenContext) -> Person? {
        typedID(context).flatMap { context.household?.persons[$0] }
    }

    /// The region the relative is insured in: the stored one, or the one chosen in the picker. For
    /// someone not enrolled (no region is asked) the owner's, so no place is held against them.
    func chosenRegion(_ context: ScreenContext) -> RegionCode? {
        if let existing = existingPerson(context) { return existing.region }
        if chosenScheme == .none, let own = context.snapshot?.ownerPerson?.region { return own }
        return regions.code(at: form.choice(AddRelativeForm.region))
    }

    /// The insurance chosen for a new relative.
    var chosenScheme: Scheme {
        let index = form.choice(AddRelativeForm.scheme)
        return AddRelativeForm.schemes.indices.contains(index) ? AddRelativeForm.schemes[index] : .resident
    }

    /// True when the relative is insured in another province than the owner: a quota is needed.
    func needsQuota(_ context: ScreenContext) -> Bool {
        guard let own = context.snapshot?.ownerPerson?.region, let theirs = chosenRegion(context) else { return false }
        return !own.sameProvince(as: theirs)
    }

    /// Shows and hides fields to fit what is known: a person already here keeps their insurance and
    /// region; someone not insured is not asked where; another province asks for a quota.
    mutating func refresh(_ context: ScreenContext) {
        let existing = existingPerson(context)
        if let existing, form.text(AddRelativeForm.name).isEmpty {
            // Masked at a kiosk: typing a number must not reveal who it belongs to.
            form.setText(AddRelativeForm.name, context.displayName(existing.id))
        }
        form.setVisible(AddRelativeForm.scheme, existing == nil)
        // Someone not yet insured has no insured region to ask for.
        form.setVisible(AddRelativeForm.region, existing == nil && chosenScheme != .none)
        // Only employee insurance has a personal account whose balance can be asked.
        form.setVisible(AddRelativeForm.balance, existing == nil && chosenScheme == .employee)
        if form.field(AddRelativeForm.balance)?.isVisible != true { form.setError(AddRelativeForm.balance, nil) }
        let quota = needsQuota(context)
        form.setVisible(AddRelativeForm.quota, quota)
        if !quota { form.setError(AddRelativeForm.quota, nil) }
        if let owner = context.snapshot?.owner, let household = context.household {
            let available = household.quotaAvailable(payer: owner, policy: context.environment.policy)
            form.update(AddRelativeForm.quota) {
                $0.note = .init(
                    zh: "这位家人最多可以用的钱。您现在最多可以拿出 \(available.formatted)。",
                    en: "The most this relative may use. You can set aside up to \(available.formatted) now.")
            }
        }
    }

    public mutating func dataDidChange(context: ScreenContext) -> [Action] {
        refresh(context)
        return []
    }

    public func statusLine(_ context: ScreenContext) -> StatusLine? {
        if let existing = existingPerson(context) {
            let name = context.displayName(existing.id)
            return StatusLine(
                .init(
                    zh: "这个身份证号已经登记过：\(name)。会用已登记的资料，不会重复添加。",
                    en: "This ID number is already here: \(name). Their details will be used."))
        }
        if form.picker != nil {
            return StatusLine(.init(zh: "用上下键选，按回车选定；Esc 关闭列表。", en: "Up/Down to choose, Enter to pick; Esc closes the list."))
        }
        return StatusLine(
            .init(
                zh: "填好后，到最下面的“检查并保存”按回车。",
                en: "When done, press Enter on \"Check and save\" at the bottom."))
    }
}
