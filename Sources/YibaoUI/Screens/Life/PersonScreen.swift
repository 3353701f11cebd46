import ScreenKit
import YibaoCore

/// A relative's entry, opened from Relatives (Enter): who they are (name, insurance, region and its
/// pooling area, a recorded death), and what can be recorded for them, by number: edit the name,
/// insurance or region; insurance stopped; a death; a resident-insurance premium paid from the
/// owner's account; their own balance (a relative with a personal account). Each is confirmed in one plain sentence saying what ends and what comes back.
public struct PersonScreen: ScreenState {
    public let person: ResidentID
    /// What the person is to the owner (beneficiary to payer), when known: a premium needs it.
    public let relation: Relationship?
    var selection = 0

    public init(person: ResidentID, relation: Relationship?) {
        self.person = person
        self.relation = relation
    }

    static let actions: [LocalizedText] = [
        .init(zh: "修改姓名、参保或地区", en: "Edit the name, insurance or region"),
        .init(zh: "记录停止参保", en: "Record that the insurance stopped"),
        .init(zh: "记录去世", en: "Record a death"),
        .init(zh: "从我的账户代缴居民医保保费", en: "Pay a resident-insurance premium from my account"),
        .init(zh: "记录TA账户的余额", en: "Record their account's balance"),
    ]

    public func title(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "亲属：\(context.displayName(person))", en: "Relative: \(context.displayName(person))")
    }

    public func hints(_ context: ScreenContext) -> [Command] { [.up, .select] }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "这是一位亲属的资料。按数字键或用上下键选好后按回车：1 修改姓名、参保或地区（可以填更早的日子）；"
                + "2 记录从今天起停止参保（更早的日子请用1，把参保改为未参保）；3 记录去世（可以填日期）；"
                + "4 从您的账户代缴居民医保保费；5 记录TA自己个人账户的余额（有职工医保个人账户的人）。迁到另一个统筹区、停止参保或去世，都会自动解除共济绑定，"
                + "未用完的额度退回共济人。每一项都会先用一句话告诉您会发生什么，再请您确认。旧的资料会留作记录。",
            en: "A relative's record. Press a number, or choose with Up and Down and press Enter: 1 edit the name, "
                + "insurance or region (an earlier day can be given); 2 record that the insurance stopped today (for an "
                + "earlier day use 1 and set the insurance to none); 3 record a death (with its day); 4 pay a "
                + "resident-insurance premium from your account; 5 record their own personal-account balance (for "
                + "someone in employee insurance). A move to another pooling area, stopped insurance "
                + "or a death ends the bindings by itself, and unused quota returns to the payer. Each is told in one "
                + "sentence and confirmed first. The old record is kept.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        if case .number(let n) = input, (1...PersonScreen.actions.count).contains(n) {
            selection = n - 1
            return open(context)
        }
        switch input.command {
        case .back: return [.pop]
        case .up: selection = (selection + PersonScreen.actions.count - 1) % PersonScreen.actions.count
        case .down, .nextField: selection = (selection + 1) % PersonScreen.actions.count
        case .select: return open(context)
        default: break
        }
        return []
    }

    private func open(_ context: ScreenContext) -> [Action] {
        guard let record = context.household?.persons[person] else { return [] }
        if let died = record.diedOn {
            return [
                .message(
                    title: .init(zh: "已记录去世", en: "Death recorded"),
                    message: LifeEventError.personDied(name: context.displayName(person), on: died).message,
                    isError: true)
            ]
        }
        switch selection {
        case 0: return [.push(PersonEditScreen(person: record, context: context))]
        case 1: return stopQuestion(record, context: context)
        case 2: return [.push(DeathScreen(person: person, context: context))]
        case 3:
            guard let owner = context.snapshot?.owner, owner != person else { return [] }
            return [.push(PremiumScreen(payer: owner, beneficiary: person, relation: relation, context: context))]
        default:
            guard record.hasPersonalAccount else {
                let name = context.displayName(person)
                return [
                    .message(
                        title: .init(zh: "没有个人账户", en: "No personal account"),
                        message: .init(
                            zh: "\(name)参加的是\(record.scheme.name.zh)，没有职工医保个人账户，所以没有余额可记。",
                            en: "\(name) is in \(record.scheme.name.en) and has no employee personal account, so there is "
                                + "no balance to record."),
                        isError: false)
                ]
            }
            return [.push(RelativeBalanceScreen(person: person, context: context))]
        }
    }

    private func stopQuestion(_ record: Person, context: ScreenContext) -> [Action] {
        guard record.scheme.isEnrolled else {
            return [.status(StatusLine(.init(zh: "已经记录为未参保。", en: "Already recorded as not enrolled.")))]
        }
        let edit = PersonEdit(scheme: Scheme.none)
        let preview = try? context.household.map { household in
            var dated = household
            dated.date = context.today
            return try dated.editPerson(person, edit, pooling: context.environment.policy.poolingAreas, today: context.today)
        }
        let name = context.displayName(person)
        let ending = LifeWords.ending(preview?.ended ?? [], name: context.displayName)
        return [
            .confirm(
                title: .init(zh: "停止参保", en: "Insurance stopped"),
                message: .init(
                    zh: "从今天（\(context.today.iso)）起，\(name)不再参保。\(ending.zh)要保存吗？",
                    en: "From today (\(context.today.iso)) \(name) is no longer insured. \(ending.en) Save this?"),
                onYes: [.effect(.apply(.editPerson(person, edit)))], onNo: [], isDestructive: true)
        ]
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(.editPerson(let who, _), let outcome) where who == person:
            var ended: [BindingEnd] = []
            if case .ended(let list) = outcome { ended = list }
            return [.status(StatusLine(LifeWords.saved(ended, name: context.displayName), kind: .success))]
        case .refused(.editPerson(let who, _), let message) where who == person:
            return [.message(title: .init(zh: "没有保存", en: "Not saved"), message: message, isError: true)]
        default:
            return []
        }
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard let record = context.household?.persons[person] else { return }
        var y = area.y
        buffer.put(context.displayName(person), x: area.x, y: y, maxWidth: area.width, style: Style.title.adding(.bold))
        y += 1
        let pooling = context.environment.policy.poolingAreas.area(of: record.region)
        let poolingName = pooling.name.map { context.text($0) } ?? pooling.code
        var facts: [LocalizedText] = [
            .init(zh: "参保：\(record.scheme.name.zh)", en: "Insurance: \(record.scheme.name.en)"),
            .init(
                zh: "地区：\(record.region.code)（\(record.region.province.name.zh)），统筹区 \(poolingName)",
                en: "Region: \(record.region.code) (\(record.region.province.name.en)), pooling area \(poolingName)"),
            .init(zh: "身份证号：\(context.displayID(person))", en: "ID number: \(context.displayID(person))"),
        ]
        if let died = record.diedOn {
            facts.append(.init(zh: "已记录于\(died.iso)去世。", en: "Died on \(died.iso)."))
            facts.append(LifeWords.inheritance)
        }
        for fact in facts {
            for line in TextWrap.lines(context.text(fact), width: area.width) where y < area.maxY {
                buffer.put(line, x: area.x, y: y, maxWidth: area.width)
                y += 1
            }
        }
        y += 1
        for (index, action) in PersonScreen.actions.enumerated() where y < area.maxY {
            let selected = index == selection
            let marker = selected ? "> " : "  "
            let style: Style = record.diedOn != nil ? .dim : selected ? .selection : .normal
            buffer.put("\(marker)[\(index + 1)]  \(context.text(action))", x: area.x, y: y, maxWidth: area.width, style: style)
            y += 1
        }
    }
}
