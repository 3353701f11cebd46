import ScreenKit
import YibaoCore

/// The set-up form of "my account" (我的账户): name, ID number, insurance scheme, region and, for
/// employee insurance, what the personal account holds now. Problems are said at the field as they
/// are found; a one-sentence confirmation comes before anything is saved; Esc on a filled-in form
/// asks before leaving without saving.
public struct SetupScreen: ScreenState {
    public var form: FormState
    /// The region behind each option of the region picker (the same picker as the relative form's).
    let regions: RegionField

    public init(regions catalog: RegionCatalog = .empty) {
        let (regionField, regions) = RegionField.make(
            id: Field.region, label: .init(zh: "参保地区", en: "Region"), catalog: catalog, preferred: nil,
            selected: nil, unchosen: true,
            note: .init(
                zh: "您在哪里参保。直接打字找：汉字、拼音首字母（如 wx 是无锡）或6位代码。",
                en: "Where you are insured. Type to find it: Chinese, pinyin initials (wx for Wuxi) or the code."))
        self.regions = regions
        form = FormState(
            fields: [
                .text(
                    Field.name, .init(zh: "姓名", en: "Name"), maxLength: Household.maximumNameLength,
                    note: .init(zh: "和身份证上的一样。", en: "As on your ID card.")),
                .text(
                    Field.id, .init(zh: "身份证号码", en: "ID number"), maxLength: 24,
                    note: .init(zh: "18位，最后一位可能是字母 X。", en: "18 characters; the last may be the letter X.")),
                .choice(
                    Field.scheme, .init(zh: "参保类型", en: "Insurance"),
                    options: SetupScreen.schemes.map(\.name), note: SetupScreen.schemeNote(0)),
                regionField,
                .text(
                    Field.balance, .init(zh: "当前余额", en: "Balance now"), maxLength: 20,
                    note: .init(
                        zh: "个人账户现在有多少钱，例如 1200.50。", en: "What your personal account holds now, e.g. 1200.50.")),
            ],
            submitLabel: .init(zh: "保存", en: "Save"))
    }

    /// The ids of the form's fields.
    enum Field {
        static let name = "name"
        static let id = "id"
        static let scheme = "scheme"
        static let region = "region"
        static let balance = "balance"
    }

    /// The schemes in the order offered, each with a line saying what it is.
    static let schemes: [(scheme: Scheme, name: LocalizedText, note: LocalizedText)] = [
        (
            .employee, .init(zh: "职工医保", en: "Employee insurance"),
            .init(
                zh: "职工医保：在职或退休职工参加，有个人账户。", en: "Employee: for workers and retirees; has a personal account.")
        ),
        (
            .resident, .init(zh: "居民医保", en: "Resident insurance"),
            .init(
                zh: "居民医保：老人、孩子、没有单位的人参加，没有个人账户。",
                en: "Resident: for children, elders, people without an employer; no account.")
        ),
        (
            .none, .init(zh: "未参保", en: "Not enrolled"),
            .init(zh: "未参保：没有参加基本医疗保险。", en: "Not enrolled: not in basic medical insurance.")
        ),
    ]

    static func schemeNote(_ index: Int) -> LocalizedText {
        schemes.indices.contains(index) ? schemes[index].note : schemes[0].note
    }

    var scheme: Scheme { SetupScreen.schemes[min(max(0, form.choice(Field.scheme)), SetupScreen.schemes.count - 1)].scheme }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "设置我的账户", en: "Set up my account") }

    public func hints(_ context: ScreenContext) -> [Command] { [.nextField, .select] }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { form.keyScopes }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "请填写您自己的资料：姓名、身份证号码、参保类型、参保地区；如果是职工医保，再填个人账户现在的余额。"
                + "按 Tab 或回车到下一项，按上键回到上一项。参保类型和地区用左右键换，或按回车打开列表。"
                + "哪里不对，会在那一项下面用 [!] 说明。都填好后，在[保存]上按回车，确认后才会保存。按 Esc 离开，不保存。",
            en: "Please fill in your own details: name, ID number, insurance and region; with employee insurance, also "
                + "what your personal account holds now. Tab or Enter goes to the next field, Up to the one before. "
                + "Change insurance and region with Left/Right, or press Enter for a list. Anything wrong is "
                + "explained under its field, marked [!]. When done, press Enter on [Save]; nothing is saved until "
                + "you confirm. Esc leaves without saving.")
    }

    /// What Enter does here, said truly: on a choice it opens the list (typing finds a region), elsewhere
    /// it goes to the next field.
    public func statusLine(_ context: ScreenContext) -> StatusLine? {
        if form.picker != nil {
            return StatusLine(
                .init(zh: "上下键选，回车选定；Esc 关闭列表。", en: "Up/Down to choose, Enter to pick; Esc closes the list."))
        }
        if !form.isOnButton, !form.fields[form.focus].isText {
            return StatusLine(
                .init(
                    zh: "回车：打开列表；Tab：下一项。填好后在[保存]上按回车。",
                    en: "Enter: open the list; Tab: next field. When done, press Enter on [Save]."))
        }
        return StatusLine(
            .init(
                zh: "Tab 或回车：下一项。填好后在[保存]上按回车。", en: "Tab or Enter: next field. When done, press Enter on [Save]."))
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        form.fitPicker(in: formArea(context.contentArea), screenRows: context.size.rows, context: context)
        let actions = answer(form.handle(input), context: context)
        maskIDAtKiosk(context)
        return actions
    }

    private mutating func answer(_ outcome: FormState.Outcome, context: ScreenContext) -> [Action] {
        switch outcome {
        case .none: return []
        case .changed(let id):
            fieldChanged(id, context: context)
            return []
        case .left(let id):
            check(id, context: context)
            return []
        case .cancel:
            guard form.isDirty else { return [.pop] }
            return [
                .confirm(
                    title: .init(zh: "不保存就离开？", en: "Leave without saving?"),
                    message: .init(
                        zh: "您填的内容不会保存。要离开吗？", en: "What you typed will not be saved. Leave this form?"),
                    onYes: [.pop], onNo: [], isDestructive: true)
            ]
        case .submit:
            return submit(context: context)
        }
    }

    /// At a kiosk the typed ID number shows only while it is being typed: stars once focus leaves it,
    /// so a passer-by never reads a whole number.
    mutating func maskIDAtKiosk(_ context: ScreenContext) {
        let typing = !form.isOnButton && form.fields[form.focus].id == Field.id
        let masked = context.environment.kiosk && !typing
        form.update(Field.id) { field in
            if case .text(var textField) = field.kind, textField.isMasked != masked {
                textField.isMasked = masked
                field.kind = .text(textField)
            }
        }
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(.addPerson(let person, _), _):
            return [
                .status(
                    StatusLine(
                        .init(zh: "已保存。欢迎您，\(person.name)。", en: "Saved. Welcome, \(person.name)."), kind: .success))
            ]
        case .refused(.addPerson, let reason):
            return [.message(title: .init(zh: "没有保存", en: "Not saved"), message: reason, isError: true)]
        default: return []
        }
    }

    /// Where the form is drawn in `area`: under the intro and a blank row.
    private func formArea(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let intro = LocalizedText(
            zh: "请填写您自己的资料。保存前会请您再确认一次。", en: "Please fill in your own details. You confirm before saving.")
        buffer.put(context.text(intro), x: area.x, y: area.y, maxWidth: area.width)
        form.render(in: formArea(area), into: &buffer, context: context)
    }
}
