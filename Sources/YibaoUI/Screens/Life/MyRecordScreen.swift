import ScreenKit
import YibaoCore

/// `A` on Balance: what the owner can record for their own account, by number: the months' credits
/// not yet recorded as the policy tables estimate them, or their own record (name, insurance, region, retirement,
/// contribution base), which the estimate is worked out from.
public struct MyRecordScreen: ScreenState {
    let person: Person
    var selection = 0

    public init(person: Person) {
        self.person = person
    }

    static let actions: [LocalizedText] = [
        .init(zh: "记录还没记的估算划入", en: "Record the estimated credits not yet recorded"),
        .init(zh: "修改我的资料（退休日期、缴费基数）", en: "Edit my record (retirement, contribution base)"),
    ]

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "记录", en: "Record") }

    public func hints(_ context: ScreenContext) -> [Command] { [.up, .select] }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "1：按政策表估算还没记的每个月划入到个人账户的钱（从上一次记的划入之后起，最多24个月；退休人员按地区和年龄，"
                + "在职按缴费基数），列出金额和依据，确认一次全部记下，标为估算。"
                + "2：修改自己的资料；估算要用到退休日期或缴费基数。以当地规定为准。",
            en: "1: each month's credit to the personal account not yet recorded, as the policy tables estimate it "
                + "(from the month after the last credit recorded, at most 24 months; retirees by region and age, in "
                + "service from the contribution base), listed with amounts and the rule, recorded with one "
                + "confirmation, marked as estimates. "
                + "2: edit your own record; the estimate needs the retirement date or the contribution base. Local "
                + "policy prevails.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        if case .number(let n) = input, (1...MyRecordScreen.actions.count).contains(n) {
            selection = n - 1
            return open(context)
        }
        switch input.command {
        case .back: return [.pop]
        case .up, .down, .nextField: selection = 1 - selection
        case .select: return open(context)
        default: break
        }
        return []
    }

    private func open(_ context: ScreenContext) -> [Action] {
        let current = context.household?.persons[person.id] ?? person
        if selection == 0 { return BalanceScreen.estimateQuestion(person: current.id, context: context) }
        return [.push(PersonEditScreen(person: current, context: context))]
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        BalanceScreen.estimateReceived(event) ?? []
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let current = context.household?.persons[person.id] ?? person
        var y = area.y
        var facts: [LocalizedText] = [
            current.retiredOn.map { .init(zh: "退休日期：\($0.iso)", en: "Retired on \($0.iso)") }
                ?? .init(zh: "没有记录退休日期（在职）", en: "No retirement recorded (in service)"),
            current.contributionBase.map { .init(zh: "每月缴费基数：\($0.formatted)", en: "Monthly contribution base: \($0.formatted)") }
                ?? .init(zh: "没有记录缴费基数", en: "No contribution base recorded"),
        ]
        facts.append(HonestFigures.short(lastUpdated: context.snapshot?.lastChangeDate, ascii: context.charset == .ascii))
        for fact in facts {
            for line in TextWrap.lines(context.text(fact), width: area.width) where y < area.maxY {
                buffer.put(line, x: area.x, y: y, maxWidth: area.width)
                y += 1
            }
        }
        y += 1
        for (index, action) in MyRecordScreen.actions.enumerated() where y < area.maxY {
            let selected = index == selection
            buffer.put(
                "\(selected ? "> " : "  ")[\(index + 1)]  \(context.text(action))", x: area.x, y: y, maxWidth: area.width,
                style: selected ? .selection : .normal)
            y += 1
        }
    }
}
