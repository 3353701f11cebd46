import ScreenKit
import YibaoCore

/// Screen 4, the withdrawal rules: a numbered list of the rule pages, and a short set of yes/no
/// questions that says which rules apply to the person. Number keys open an entry at once; the
/// arrows and Enter do too.
public struct RulesScreen: ScreenState {
    public var selection = 0
    /// The topics listed, in reading order (from the rule library).
    public let topics: [String]

    public init(context: ScreenContext) {
        topics = context.environment.rules.topics
    }

    /// How many entries the list has: every topic, then the questions.
    var entryCount: Int { topics.count + 1 }
    var questionnaireIndex: Int { topics.count }

    /// A line under each known topic's title.
    static let details: [String: LocalizedText] = [
        "withdrawal": .init(zh: "什么情况下可以把钱取出来", en: "When the money can be paid out"),
        "transfer": .init(zh: "换地方参保时，余额怎么转", en: "When you move: what happens to the balance"),
        "family-aid": .init(zh: "家人之间怎样共用账户", en: "How family members share an account"),
        "uses": .init(zh: "账户里的钱能付哪些费用", en: "What the money can pay for"),
        "fraud": .init(zh: "哪些事不能做，小心骗局", en: "Penalties, and how to spot a scam"),
        "glossary": .init(zh: "常用词是什么意思", en: "What the words mean"),
    ]

    static let questionnaireTitle = LocalizedText(zh: "哪些规定适用于我？", en: "Which rules apply to me?")
    static let questionnaireDetail = LocalizedText(zh: "回答几个问题（也可以按 W）", en: "Answer a few questions (or press W)")

    /// The entries as menu items: `[1] 提取规则   什么情况下可以把钱取出来`.
    func items(_ context: ScreenContext) -> [MenuItem] {
        var titles: [(String, String)] = topics.map { topic in
            let page = context.environment.rules.page(topic, language: context.language)
            return (page?.title ?? topic, RulesScreen.details[topic].map { context.text($0) } ?? "")
        }
        titles.append((context.text(RulesScreen.questionnaireTitle), context.text(RulesScreen.questionnaireDetail)))
        let column = (titles.map { DisplayWidth.of($0.0) }.max() ?? 0) + 3
        return titles.enumerated().map { index, entry in
            let key = index < 9 ? String(index + 1) : "-"
            let text = entry.1.isEmpty ? entry.0 : TextLayout.pad(entry.0, width: column) + entry.1
            return MenuItem(key: key, title: text)
        }
    }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "提取规则", en: "Withdrawal rules") }

    public func hints(_ context: ScreenContext) -> [Command] { [.select, .up, .questionnaire] }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "这里列出医保个人账户的各项规定。按数字键直接打开一项，或用上下方向键选中后按回车。最后一项（或按 W）会问您几个“是”或“否”的问题，然后告诉您哪些规定适用于您。按 Esc 回到首页。",
            en: "This lists the rules of the personal account. Press a number to open an entry, or choose with the Up and Down arrows and press Enter. The last entry (or W) asks a few yes-or-no questions and then tells you which rules apply to you. Esc goes back to the home screen.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        if case .number(let number) = input, number >= 1, number <= min(9, entryCount) {
            selection = number - 1
            return open(context)
        }
        switch input.command {
        case .back: return [.pop]
        case .up: selection = (selection + entryCount - 1) % entryCount
        case .down, .nextField: selection = (selection + 1) % entryCount
        case .previousField: selection = (selection + entryCount - 1) % entryCount
        case .first: selection = 0
        case .last: selection = entryCount - 1
        case .select: return open(context)
        case .questionnaire:
            selection = questionnaireIndex
            return open(context)
        default: break
        }
        return []
    }

    private func open(_ context: ScreenContext) -> [Action] {
        if selection == questionnaireIndex { return [.push(QuestionnaireScreen(context: context))] }
        return [.push(RuleReaderScreen(topic: topics[selection]))]
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let intro = context.text(
            .init(
                zh: "请选择要看的内容：按数字键，或用上下键选好后按回车。",
                en: "Choose what to read: press its number, or choose with the arrows and press Enter."))
        var y = area.y
        for line in TextWrap.lines(intro, width: area.width) where y < area.maxY {
            buffer.put(line, x: area.x, y: y, maxWidth: area.width)
            y += 1
        }
        y += 1
        let footer = context.text(
            .init(
                zh: "每一页的最后都写着来源。各地规定不同，以当地医保部门的规定为准。",
                en: "Every page ends with its sources. Places differ: local policy prevails."))
        let footerLines = TextWrap.lines(footer, width: area.width)
        let menuHeight = max(1, area.maxY - y - footerLines.count - 1)
        Menu.draw(
            items(context), selection: selection, in: Rect(x: area.x, y: y, width: area.width, height: menuHeight),
            into: &buffer)
        for (index, line) in footerLines.enumerated() {
            buffer.put(line, x: area.x, y: area.maxY - footerLines.count + index, maxWidth: area.width, style: .dim)
        }
    }
}
