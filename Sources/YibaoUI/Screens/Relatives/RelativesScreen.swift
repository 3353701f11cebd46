import ScreenKit
import YibaoCore

/// Screen 2, Relatives (亲属共济): the people the owner pays for and the people who pay for the owner,
/// one binding per entry (name, relation in everyday words, ordered or quota, since when, masked ID),
/// then the other relatives in the records who are not bound now, each with why (a binding that ended
/// and when, not insured, not bound). Enter opens a relative's entry (`PersonScreen`) from any section.
/// `A` adds a relative (a form, `AddRelativeScreen`); `X` ends a binding the owner pays for, after asking.
public struct RelativesScreen: ScreenState {
    /// The selected entry, counting every section (the owner's payments first, the other relatives last).
    var selection = 0
    /// The first layout line shown (see `layout`).
    var offset = 0
    /// The entry selected, so a reload after a change made elsewhere keeps the same one selected even
    /// when entries before it came or went.
    var selected: SelectedKey?

    /// Which binding an entry shows: its payer and beneficiary.
    struct BindingKey: Hashable, Sendable {
        var payer: ResidentID
        var beneficiary: ResidentID
    }

    /// What the selection is on: a binding, or a relative who is not bound.
    enum SelectedKey: Hashable, Sendable {
        case binding(BindingKey)
        case other(ResidentID)
    }

    public init(context: ScreenContext) {}

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "亲属共济", en: "Relatives") }

    public func hints(_ context: ScreenContext) -> [Command] {
        if !entries(context).isEmpty { return [.add, .remove, .up] }
        return others(context).isEmpty ? [.add] : [.add, .up]
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "这里列出您的个人账户为哪些家人付款（家庭共济），以及哪些家人为您付款。"
                + "用上下方向键选一位。按 A 添加一位亲属；按 X 解除您为选中的家人付款的绑定，解除前会先问您。"
                + "“按扣款顺序付”是同一个省内的共济；“跨省额度”是您为外省的家人留出的一笔钱，只给他们看病用。"
                + "“其他家人”是记录里现在没有和您绑定的家人（绑定已解除、没有参保等），也可以回车打开，"
                + "例如为没有参保的家人代缴居民医保保费。",
            en: "This lists the relatives your personal account pays for (family mutual aid) and the relatives who pay "
                + "for you. Choose one with the Up and Down arrows. Press A to add a relative; press X to stop paying "
                + "for the selected relative (you are asked first). \"In payer order\" is sharing within one province; "
                + "a \"cross-province quota\" is an amount you set aside for a relative in another province, for their "
                + "medical costs only. \"Other relatives\" are the relatives in your records who are not bound to you "
                + "now (the binding ended, not insured…); Enter opens them too, for example to pay an uninsured "
                + "relative's resident-insurance premium.")
    }

    func entries(_ context: ScreenContext) -> [RelativeEntry] {
        RelativeEntry.entries(owner: context.snapshot?.owner, household: context.household)
    }

    /// The relatives in the records who are not bound to the owner now, after the bindings.
    func others(_ context: ScreenContext, entries all: [RelativeEntry]? = nil) -> [OtherRelative] {
        OtherRelative.others(
            owner: context.snapshot?.owner, household: context.household, ends: context.snapshot?.bindingEnds ?? [],
            bound: all ?? entries(context))
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        let all = entries(context)
        let rest = others(context, entries: all)
        let count = all.count + rest.count
        switch input.command {
        case .back: return [.pop]
        case .add: return [.push(AddRelativeScreen(context: context))]
        case .remove:
            if all.indices.contains(selection) { return unbindQuestion(all[selection], context: context) }
            if rest.indices.contains(selection - all.count) {
                let name = context.displayName(rest[selection - all.count].person.id)
                return [
                    .status(
                        StatusLine(
                            .init(zh: "\(name)现在没有和您绑定，没有可以解除的。", en: "\(name) is not bound to you now; nothing to end.")))
                ]
            }
            return [.status(StatusLine(.init(zh: "还没有可以解除的绑定。", en: "There is no binding to end yet.")))]
        case .up: selection = max(0, selection - 1)
        case .down, .nextField: selection = min(max(0, count - 1), selection + 1)
        case .previousField: selection = max(0, selection - 1)
        case .pageUp: selection = max(0, selection - pageSize(context))
        case .pageDown: selection = min(max(0, count - 1), selection + pageSize(context))
        case .first: selection = 0
        case .last: selection = max(0, count - 1)
        case .select:
            if all.indices.contains(selection) { return [.push(all[selection].personScreen)] }
            if rest.indices.contains(selection - all.count) { return [.push(rest[selection - all.count].personScreen)] }
            return [.status(StatusLine(RelativesScreen.prompt(count == 0)))]
        default: return []
        }
        scrollToSelection(context)
        return []
    }

    /// About how many entries fit on one screen (each takes two rows).
    private func pageSize(_ context: ScreenContext) -> Int { max(1, (context.contentArea.height - 4) / 2) }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(.unbind(_, let beneficiary), let outcome):
            let name = context.displayName(beneficiary)
            var text = LocalizedText(
                zh: "已解除：您的账户不再为\(name)付款。", en: "Done: your account no longer pays for \(name).")
            if case .unbound(let returned) = outcome, returned > .zero {
                text = .init(
                    zh: text.zh + "未用完的额度 \(returned.formatted) 已回到您的账户。",
                    en: "Ended for \(name); the unused \(returned.formatted) of the quota is back in your account.")
            }
            return [.status(StatusLine(text, kind: .success))]
        case .refused(.unbind, let message):
            return [.message(title: .init(zh: "未能解除", en: "Not ended"), message: message, isError: true)]
        default:
            return []
        }
    }

    public mutating func dataDidChange(context: ScreenContext) -> [Action] {
        // The same binding stays selected when it is still there (others may have come or gone); when it
        // is gone, the entry now in its place.
        let all = entries(context)
        switch selected {
        case .binding(let key):
            if let index = all.firstIndex(where: { BindingKey(payer: $0.binding.payer, beneficiary: $0.binding.beneficiary) == key }) {
                selection = index
            }
        case .other(let id):
            if let index = others(context, entries: all).firstIndex(where: { $0.person.id == id }) {
                selection = all.count + index
            }
        case nil:
            break
        }
        scrollToSelection(context)
        return []
    }

    public func statusLine(_ context: ScreenContext) -> StatusLine? {
        let all = entries(context)
        if all.isEmpty, !others(context, entries: all).isEmpty {
            return StatusLine(.init(zh: "回车打开选中的家人；A 添加亲属。", en: "Enter opens the relative; A adds one."))
        }
        return StatusLine(RelativesScreen.prompt(all.isEmpty))
    }

    static func prompt(_ empty: Bool) -> LocalizedText {
        empty
            ? .init(zh: "按 A 添加一位亲属。", en: "Press A to add a relative.")
            : .init(
                zh: "回车打开选中的亲属；A 添加亲属；X 解除选中的绑定。",
                en: "Enter opens the relative; A adds one; X ends the selected binding.")
    }

    /// Keeps the selection valid and both rows of the selected entry on screen.
    mutating func scrollToSelection(_ context: ScreenContext) {
        let all = entries(context)
        let rest = others(context, entries: all)
        selection = min(max(0, selection), max(0, all.count + rest.count - 1))
        if all.indices.contains(selection) {
            selected = .binding(BindingKey(payer: all[selection].binding.payer, beneficiary: all[selection].binding.beneficiary))
        } else if rest.indices.contains(selection - all.count) {
            selected = .other(rest[selection - all.count].person.id)
        } else {
            selected = nil
        }
        let lines = layout(all, others: rest, context: context)
        let rows = max(1, context.contentArea.height)
        offset = RelativesScreen.offset(showing: selection, in: lines, current: offset, rows: rows)
    }

    /// The smallest change to `current` that shows both rows of entry `index` (and its heading when
    /// it is the first of its section); clamped so no blank space is left below the last line.
    static func offset(showing index: Int, in lines: [RelativesLine], current: Int, rows: Int) -> Int {
        var offset = min(max(0, current), max(0, lines.count - rows))
        let rowsOfEntry = lines.indices.filter {
            if case .entry(let i, _) = lines[$0] { return i == index }
            return false
        }
        guard let first = rowsOfEntry.first, let last = rowsOfEntry.last else { return 0 }
        var top = first
        // Show the section heading above the first entry of a section.
        if first > 0, case .heading = lines[first - 1] { top = first - 1 }
        if top < offset { offset = top }
        if last >= offset + rows { offset = last - rows + 1 }
        return max(0, offset)
    }
}
