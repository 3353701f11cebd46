import ScreenKit
import YibaoCore

/// Help for the screen it was opened from: what the screen is for, every key it answers, and the
/// words people ask about (共济, 统筹区, 个人账户, …) from the glossary page.
public struct HelpScreen: ScreenState {
    var pager = PagerState()
    let about: LocalizedText
    /// The commands the screen offers, as its hint bar shows them (`offeredCommands`).
    let offers: [CommandOffer]
    /// The keys that repaint the screen (Ctrl-L): on every screen, so in help but never on a hint bar.
    let repaintKeys: String
    let glossaryZh: [TextBlock]
    let glossaryEn: [TextBlock]

    /// Help for `screen`; `isRoot` when it is the first screen (then Q leaves, not Esc).
    public init(for screen: any ScreenState, isRoot: Bool, context: ScreenContext, keymap: Keymap) {
        about = screen.helpText(context)
        offers = offeredCommands(for: screen, isRoot: isRoot, context: context, keymap: keymap)
        repaintKeys = keymap.keyLabel(for: .repaint, in: screen.keyScopes(context))
        // The glossary's credits come from credits.yaml (`{{data:credits}}`), filled as the rule pages are.
        let policy = context.environment.policy
        glossaryZh = HelpScreen.glossary(
            context.environment.rules.page("glossary", language: .zhHans)?.fillingData(from: policy, on: context.today).body)
        glossaryEn = HelpScreen.glossary(
            context.environment.rules.page("glossary", language: .en)?.fillingData(from: policy, on: context.today).body)
    }

    /// The glossary page's blocks, without its own first heading (help puts "What the words mean" above them).
    static func glossary(_ markdown: String?) -> [TextBlock] {
        guard let markdown else { return [] }
        var blocks = TextBlock.parseMarkdown(markdown)
        if case .heading = blocks.first { blocks.removeFirst() }
        return blocks
    }

    /// What a key does, as help says it: Up/Down is one line for both arrows.
    static func summary(_ command: Command) -> LocalizedText {
        if command == .up || command == .down {
            return .init(zh: "选上一项或下一项", en: "Select the item above or below")
        }
        return command.summary
    }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "帮助", en: "Help") }
    public func hints(_ context: ScreenContext) -> [Command] { [.pageDown, .pageUp] }
    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "这是帮助。按 Esc 回到刚才的画面。", en: "This is help. Press Esc to go back to where you were.")
    }

    func lines(_ context: ScreenContext, width: Int) -> [StyledLine] {
        var text: [TextBlock] = [.paragraph(context.text(about)), .heading(context.text(.init(zh: "按键", en: "Keys")))]
        for offer in offers {
            text.append(.listItem(marker: "[\(offer.keys)]", text: context.text(HelpScreen.summary(offer.command))))
        }
        if !repaintKeys.isEmpty {
            text.append(.listItem(marker: "[\(repaintKeys)]", text: context.text(Command.repaint.summary)))
        }
        text.append(.heading(context.text(.init(zh: "名词解释", en: "What the words mean"))))
        text += (context.language == .zhHans ? glossaryZh : glossaryEn).map { context.charset.prose($0) }
        return Pager.layout(text, width: width)
    }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { [.reader] }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        guard let command = input.command else { return [] }
        if command == .back || command == .help { return [.pop] }
        let area = contentSize(context)
        let all = lines(context, width: area.columns)
        pager.apply(command, lineCount: all.count, visibleRows: area.rows)
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
