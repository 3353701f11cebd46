import ScreenKit
import YibaoCore

/// Help for the screen it was opened from: what the screen is for, every key it answers, and the
/// words people ask about (共济, 统筹区, 个人账户, …) from the glossary page.
public struct HelpScreen: ScreenState {
    var pager = PagerState()
    let about: LocalizedText
    let keys: [(String, Command)]
    let glossaryZh: [TextBlock]
    let glossaryEn: [TextBlock]

    public init(for screen: any ScreenState, context: ScreenContext, keymap: Keymap) {
        about = screen.helpText(context)
        var commands = [Command.back] + screen.hints(context) + [.help, .language]
        if screen is HomeScreen { commands[0] = .quit }
        var seen = Set<Command>()
        commands = commands.filter { seen.insert($0).inserted }
        keys = commands.map { (keymap.keyLabel(for: $0), $0) }
        glossaryZh = context.environment.rules.page("glossary", language: .zhHans).map { TextBlock.parseMarkdown($0.body) } ?? []
        glossaryEn = context.environment.rules.page("glossary", language: .en).map { TextBlock.parseMarkdown($0.body) } ?? []
    }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "帮助", en: "Help") }
    public func hints(_ context: ScreenContext) -> [Command] { [.pageDown, .pageUp] }
    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "这是帮助。按 Esc 回到刚才的画面。", en: "This is help. Press Esc to go back to where you were.")
    }

    func lines(_ context: ScreenContext, width: Int) -> [StyledLine] {
        var text: [TextBlock] = [.paragraph(context.text(about)), .heading(context.text(.init(zh: "按键", en: "Keys")))]
        for (key, command) in keys {
            text.append(.listItem(marker: "[\(key)]", text: context.text(command.summary)))
        }
        text.append(.heading(context.text(.init(zh: "名词解释", en: "What the words mean"))))
        text += context.language == .zhHans ? glossaryZh : glossaryEn
        return Pager.layout(text, width: width)
    }

    public mutating func handle(_ key: Key, command: Command?, context: ScreenContext) -> [Action] {
        if command == .back || command == .help { return [.pop] }
        let area = contentSize(context)
        let all = lines(context, width: area.columns)
        _ = pager.handle(key, lineCount: all.count, visibleRows: area.rows)
        return []
    }

    func contentSize(_ context: ScreenContext) -> Size { context.contentArea.size }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let all = lines(context, width: area.width)
        var state = pager
        state.clamp(lineCount: all.count, visibleRows: area.height)
        Pager.draw(all, state: state, in: area, into: &buffer)
    }
}
