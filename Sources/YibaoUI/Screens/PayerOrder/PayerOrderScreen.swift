import ScreenKit
import YibaoCore

/// Screen 3, payer order (扣款顺序): for one beneficiary at a time, the accounts in the order they are
/// charged — their own account first (fixed), then each payer — with keys to move a payer earlier or
/// later, a worked example that follows the unsaved order, and a save that asks first.
public struct PayerOrderScreen: ScreenState {
    /// People who have at least one payer, in the order `P` goes through them: the owner (if they have
    /// payers), then each relative the owner pays for.
    var beneficiaries: [ResidentID]
    /// Which of `beneficiaries` is shown.
    var beneficiaryIndex = 0
    /// The order as saved in the store, for the person shown.
    var saved: [ResidentID] = []
    /// The order on the screen, which the person is editing.
    var draft: [ResidentID] = []
    /// The saved order the draft was decided on (what the screen showed when the person started): a
    /// save carries it, and the service refuses the save when the saved order is no longer this.
    var basis: [ResidentID] = []
    /// A save was refused because the order changed elsewhere: the basis of that save, until the
    /// reload that follows shows the order in use now.
    var refusedBasis: [ResidentID]?
    /// The person was told the order changed elsewhere and their own order is still on the screen:
    /// S saves it over the new one at once (they already confirmed this order once).
    var overwriteReady = false
    /// Row 0 is the beneficiary's own account; row `i` (1…) is `draft[i - 1]`.
    var list = ListState()
    /// The payer just moved with U or D, shown with the `.moving` role and in words; cleared when the
    /// selection moves on.
    var moved: ResidentID?
    /// The bill in the worked example under the list.
    var exampleAmount = Money(fen: 30_000)
    /// How the example bill is paid with the order on the screen: worked out once when the data, the
    /// order or the bill changes (`refreshExample`), and only read when drawing or laying out.
    var example: Deduction?
    /// What works the example out (the deduction engine).
    let examplePayment: PayerOrderExample

    public init(context: ScreenContext) {
        self.init(context: context, examplePayment: .engine)
    }

    init(context: ScreenContext, examplePayment: PayerOrderExample) {
        self.examplePayment = examplePayment
        beneficiaries = PayerOrderScreen.beneficiaries(in: context.household, owner: context.snapshot?.owner)
        loadBeneficiary(context: context)
    }

    /// The person whose payers are shown, if anyone has payers.
    var beneficiary: ResidentID? {
        beneficiaries.indices.contains(beneficiaryIndex) ? beneficiaries[beneficiaryIndex] : nil
    }

    /// True when the order on the screen differs from the saved one.
    public var hasUnsavedChanges: Bool { draft != saved }

    /// The payer on the selected row (nil on the own-account row).
    var selectedPayer: ResidentID? {
        draft.indices.contains(list.selection - 1) ? draft[list.selection - 1] : nil
    }

    /// Reads the saved order of the person shown and starts the draft from it, first payer selected.
    mutating func loadBeneficiary(context: ScreenContext) {
        saved = beneficiary.flatMap { b in context.household?.payerOrder(for: b) } ?? []
        draft = saved
        basis = saved
        refusedBasis = nil
        overwriteReady = false
        moved = nil
        list = ListState(selection: draft.isEmpty ? 0 : 1)
        refreshExample(context)
        list.clamp(itemCount: rowCount, visibleRows: visibleListRows(context))
    }

    /// Works the example bill out again, with the data, order and bill as they are now.
    mutating func refreshExample(_ context: ScreenContext) {
        guard let beneficiary, var household = context.household else {
            example = nil
            return
        }
        household.payerOrders[beneficiary] = draft
        example = examplePayment.pay(household, beneficiary, exampleAmount, context.environment.policy)
    }

    var rowCount: Int { beneficiary == nil ? 0 : draft.count + 1 }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "扣款顺序", en: "Payer order") }

    public func hints(_ context: ScreenContext) -> [Command] {
        guard beneficiary != nil else { return [] }
        var commands: [Command] = [.moveItemUp, .moveItemDown, .save]
        if beneficiaries.count > 1 { commands.append(.switchPerson) }
        // At 80 columns "Up/Down" would push help off the bar in English; the instructions above the
        // list name the arrow keys, so the bar names them only when there is room.
        if context.size.columns >= 100 { commands.append(.up) }
        return commands
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "看病花钱时，先扣病人自己的个人账户，不够的再按这里的顺序扣亲属的账户，还不够的付现金。"
                + "用上下方向键选中一位亲属，按 U 往前移，按 D 往后移，按 T 一下移到最前（置顶），按 B 移到最后（置底）；下面的例子会跟着变。"
                + "谁来设定顺序按当地规定：不少地方由被共济人本人（或监护人）设定，保存前会提醒您。"
                + "按 S 或回车保存，保存前会先问您。按 P 换成另一位被共济人。按 Esc 返回，没保存的顺序不会生效。"
                + "“跨省额度”是为在外省参保的亲属留出的一笔钱，最多只能用这么多；“可以用”一栏是现在还能用的钱。"
                + "还没有亲属为谁付款时，请先在首页按 2 打开“亲属共济”绑定一位亲属。",
            en: "When someone is treated, their own personal account pays first; what it cannot cover is taken "
                + "from relatives' accounts in the order shown here, and anything left is paid in cash. "
                + "Choose a relative with the Up and Down arrows, press U to move them earlier and D to move them "
                + "later, T to put them at the top, B at the bottom; the example below follows. Who sets the order "
                + "is a local rule: in many places the person paid for (or a guardian) sets it, and you are reminded "
                + "before saving. Press S or Enter to save; you are asked first. Press P to see "
                + "another person's payers. Esc goes back; an order you did not save is not used. "
                + "A \"quota\" is an amount set aside for a relative insured in another province: they can use up to "
                + "that much. \"Can pay\" is what each account can still pay now. "
                + "If no relative pays for anyone yet, bind one first: press 2 on the home screen (Relatives).")
    }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { [.workedExample, .payerOrder] }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        let command = input.command
        guard beneficiary != nil else {
            return command == .back ? [.pop] : []
        }
        if command == .largerExample || command == .smallerExample {
            changeExampleAmount(up: command == .largerExample, context: context)
            return []
        }
        let count = rowCount
        let visible = visibleListRows(context)
        switch command {
        case .back: return leave(context)
        case .up: selectRow { $0.moveUp(itemCount: count, visibleRows: visible) }
        case .down: selectRow { $0.moveDown(itemCount: count, visibleRows: visible) }
        case .pageUp: selectRow { $0.pageUp(itemCount: count, visibleRows: visible) }
        case .pageDown: selectRow { $0.pageDown(itemCount: count, visibleRows: visible) }
        case .first: selectRow { $0.home(itemCount: count, visibleRows: visible) }
        case .last: selectRow { $0.end(itemCount: count, visibleRows: visible) }
        case .moveItemUp: return move(by: -1, context: context)
        case .moveItemDown: return move(by: 1, context: context)
        case .moveItemFirst: return move(by: -draft.count, context: context)
        case .moveItemLast: return move(by: draft.count, context: context)
        case .save, .select: return save(context)
        case .switchPerson: return switchPerson(context)
        default: break
        }
        return []
    }

    /// The amounts the example steps through with + and -, in yuan.
    static let exampleSteps: [Int64] = [100, 200, 300, 500, 1_000, 2_000, 3_000, 5_000, 10_000, 20_000, 50_000]

    /// + and -: the next larger or smaller example bill.
    mutating func changeExampleAmount(up: Bool, context: ScreenContext) {
        let steps = PayerOrderScreen.exampleSteps.map { Money(fen: $0 * 100) }
        let next = up ? steps.first { $0 > exampleAmount } : steps.last { $0 < exampleAmount }
        guard let next else { return }
        exampleAmount = next
        refreshExample(context)
    }

    private mutating func selectRow(_ change: (inout ListState) -> Void) {
        change(&list)
        moved = nil
    }

    /// Moves the selected payer one place earlier (`-1`) or later (`+1`); the own account never moves.
    mutating func move(by step: Int, context: ScreenContext) -> [Action] {
        guard let payer = selectedPayer else {
            return [.status(StatusLine(PayerOrderWords.ownAccountFixed, kind: .error))]
        }
        let from = list.selection - 1
        // A step beyond the list (置顶/置底) goes to the first or last place.
        let to = Swift.min(Swift.max(from + step, 0), draft.count - 1)
        guard to != from, draft.indices.contains(to) else {
            let words = step < 0 ? PayerOrderWords.alreadyFirst : PayerOrderWords.alreadyLast
            return [.status(StatusLine(words(context.displayName(payer)), kind: .error))]
        }
        draft.insert(draft.remove(at: from), at: to)
        moved = payer
        refreshExample(context)
        list.select(to + 1, itemCount: rowCount, visibleRows: visibleListRows(context))
        // Numbered as on the screen, where the own account is number 1.
        let words = PayerOrderWords.movedTo(context.displayName(payer), position: to + 2, up: step < 0)
        return [.status(StatusLine(words))]
    }

    /// Who sets the order in the beneficiary's region on the day (Data/policy/regions.yaml).
    func orderSetter(_ context: ScreenContext) -> PayerOrderSetter {
        guard let beneficiary, let region = context.snapshot?.household.persons[beneficiary]?.region else {
            return .beneficiary
        }
        return context.environment.policy.flags(for: region, on: context.today).payerOrderSetBy
    }

    /// Asks before saving, restating the new order; "yes" asks the store to save it.
    func save(_ context: ScreenContext) -> [Action] {
        guard let beneficiary else { return [] }
        guard hasUnsavedChanges else { return [.status(StatusLine(PayerOrderWords.nothingToSave))] }
        let request = ChangeRequest.setPayerOrder(beneficiary: beneficiary, order: draft, basis: basis)
        if overwriteReady { return [.effect(.apply(request))] }
        return [
            .confirm(
                title: PayerOrderWords.saveTitle,
                message: PayerOrderWords.confirmSave(
                    beneficiary: context.displayName(beneficiary), hasOwnAccount: hasOwnAccount(context),
                    payers: draft.map(context.displayName), setBy: orderSetter(context),
                    isOwner: beneficiary == context.snapshot?.owner),
                onYes: [.effect(.apply(request))], onNo: [.status(StatusLine(PayerOrderWords.notSavedYet))])
        ]
    }

    /// Esc: always leaves at once (a question here would catch someone pressing Esc to get out, since
    /// Esc answers "no"); an unsaved order is dropped and the status line on the screen below says so.
    func leave(_ context: ScreenContext) -> [Action] {
        guard hasUnsavedChanges, let beneficiary else { return [.pop] }
        let notSaved = StatusLine(PayerOrderWords.leftWithoutSaving(context.displayName(beneficiary)))
        return [.pop, .status(notSaved)]
    }

    /// P: the next person with payers. With unsaved changes, asks first; the new person's draft starts
    /// from their saved order.
    func switchPerson(_ context: ScreenContext) -> [Action] {
        guard let current = beneficiary else { return [] }
        guard beneficiaries.count > 1 else {
            return [.status(StatusLine(PayerOrderWords.onlyOnePerson(context.displayName(current))))]
        }
        var next = self
        next.beneficiaryIndex = (beneficiaryIndex + 1) % beneficiaries.count
        next.loadBeneficiary(context: context)
        let nextName = context.displayName(next.beneficiaries[next.beneficiaryIndex])
        guard hasUnsavedChanges else {
            return [.replace(next), .status(StatusLine(PayerOrderWords.nowShowing(nextName)))]
        }
        return [
            .confirm(
                title: PayerOrderWords.switchTitle,
                message: PayerOrderWords.switchQuestion(current: context.displayName(current), next: nextName),
                onYes: [
                    .replace(next),
                    .status(StatusLine(PayerOrderWords.switchedWithoutSaving(context.displayName(current)))),
                ], onNo: [], isDestructive: true)
        ]
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(.setPayerOrder(let who, let order, _), _) where who == beneficiary:
            saved = order
            basis = order
            overwriteReady = false
            if draft == order { moved = nil }
            let names = order.map(context.displayName)
            return [.status(StatusLine(PayerOrderWords.saved(context.displayName(who), payers: names), kind: .success))]
        case .refused(.setPayerOrder(let who, _, let refused?), let reasons) where who == beneficiary:
            // Read the store again: when the order changed elsewhere, the screen then shows the order in
            // use now as its basis and keeps the person's own order, which S saves over it.
            refusedBasis = refused
            return [
                .effect(.reload),
                .message(
                    title: PayerOrderWords.notSavedTitle,
                    message: PayerOrderWords.keptAfterConflict(reasons), isError: true),
            ]
        case .refused(.setPayerOrder, let reasons):
            return [.message(title: PayerOrderWords.notSavedTitle, message: reasons, isError: true)]
        default:
            return []
        }
    }

    public mutating func dataDidChange(context: ScreenContext) -> [Action] {
        let current = beneficiary
        beneficiaries = PayerOrderScreen.beneficiaries(in: context.household, owner: context.snapshot?.owner)
        if let current, let index = beneficiaries.firstIndex(of: current) {
            beneficiaryIndex = index
            let newSaved = context.household?.payerOrder(for: current) ?? []
            // Keep the person's own unsaved order while it still names exactly the same payers; an order
            // they have not touched follows the store (another process may have saved a new one).
            let edited = draft != saved
            let keepDraft = edited && Set(draft) == Set(newSaved) && draft.count == newSaved.count
            saved = newSaved
            if !keepDraft {
                // The same payer stays selected when they are still listed.
                let selected = selectedPayer
                draft = newSaved
                basis = newSaved
                overwriteReady = false
                moved = nil
                if let selected, let row = draft.firstIndex(of: selected) { list.selection = row + 1 }
            } else if let refused = refusedBasis, refused != newSaved {
                // The refusal said what is in use now: the person's order, still on the screen, is now
                // decided on that, and S saves it over it.
                basis = newSaved
                overwriteReady = true
            }
            refusedBasis = nil
            refreshExample(context)
            list.clamp(itemCount: rowCount, visibleRows: visibleListRows(context))
        } else {
            beneficiaryIndex = 0
            loadBeneficiary(context: context)
        }
        return []
    }
}
