import ScreenKit
import YibaoCore

/// The first screen: four large entries chosen by number keys 1–4 or arrows + Enter.
public struct HomeScreen: ScreenState {
    public var selection = 0

    public init() {}

    static let entries: [(title: LocalizedText, detail: LocalizedText)] = [
        // The English details are short enough to be read in full beside the titles at 80 columns.
        (.init(zh: "余额", en: "Balance"), .init(zh: "个人账户的余额、划入和明细", en: "Your account: balance, credits, ledger")),
        (.init(zh: "亲属共济", en: "Relatives"), .init(zh: "绑定、查看、解除可以共用账户的亲属", en: "Relatives who share your account")),
        (.init(zh: "扣款顺序", en: "Payer order"), .init(zh: "亲属看病时，先扣谁的账户", en: "Whose account pays first for a relative")),
        (.init(zh: "提取规则", en: "Withdrawal rules"), .init(zh: "什么情况下余额可以提取或转移", en: "When the balance can be taken out or moved")),
    ]

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "首页", en: "Home") }

    public func hints(_ context: ScreenContext) -> [Command] { [.select, .up] }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        if context.environment.kiosk {
            return .init(
                zh: "按数字键 1 到 4 直接打开一项，或用上下方向键选中后按回车。离开时请按 F10 退出登录，屏幕会被清除。",
                en: "Press a number from 1 to 4 to open an entry, or choose with the Up and Down arrows and press Enter. Press F10 to sign out when you leave; the screen is cleared.")
        }
        return .init(
            zh: "按数字键 1 到 4 直接打开一项，或用上下方向键选中后按回车。按 Q 退出，退出前会先问您。",
            en: "Press a number from 1 to 4 to open an entry, or choose with the Up and Down arrows and press Enter. Press Q to leave; you are asked first.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        if case .number(let number) = input, (1...HomeScreen.entries.count).contains(number) {
            selection = number - 1
            return open(context)
        }
        switch input.command {
        case .up: selection = (selection + HomeScreen.entries.count - 1) % HomeScreen.entries.count
        case .down, .nextField: selection = (selection + 1) % HomeScreen.entries.count
        case .select: return open(context)
        case .quit where context.environment.kiosk:
            return [
                .confirm(
                    title: KioskWords.signOut, message: KioskWords.signOutQuestion, onYes: [.quit], onNo: [])
            ]
        case .back where context.environment.kiosk:
            return [.status(StatusLine(KioskWords.homeBack))]
        case .quit:
            return [
                .confirm(
                    title: .init(zh: "退出", en: "Leave"),
                    message: context.environment.demo
                        ? .init(zh: "要离开示例家庭吗？会回到第一个画面。", en: "Leave the demo household? You go back to the first screen.")
                        : .init(zh: "要退出医保吗？", en: "Leave Yibao now?"),
                    onYes: [.quit], onNo: [])
            ]
        case .back:
            return [.status(StatusLine(.init(zh: "这里是首页。要退出请按 Q。", en: "This is the home screen. Press Q to leave.")))]
        default: break
        }
        return []
    }

    private func open(_ context: ScreenContext) -> [Action] {
        switch selection {
        case 0: return [.push(BalanceScreen(context: context))]
        case 1: return [.push(RelativesScreen(context: context))]
        case 2: return [.push(PayerOrderScreen(context: context))]
        default: return [.push(RulesScreen(context: context))]
        }
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        var y = area.y
        if let owner = context.snapshot?.owner {
            let greeting = context.text(.init(zh: "您好，", en: "Hello, ")) + context.displayName(owner)
            buffer.put(greeting, x: area.x, y: y, maxWidth: area.width, style: .title)
        }
        y += 2
        let boxHeight = 3
        let gap = area.height - 2 >= HomeScreen.entries.count * (boxHeight + 1) ? 1 : 0
        // The details start in one column, after the widest title.
        let widestTitle = HomeScreen.entries.map { DisplayWidth.of(context.text($0.title)) }.max() ?? 0
        let detailOffset = 1 + DisplayWidth.of("> [1]  ") + max(widestTitle, 16) + 3
        for (index, entry) in HomeScreen.entries.enumerated() {
            let rect = Rect(x: area.x, y: y, width: area.width, height: boxHeight)
            guard rect.maxY <= area.maxY else { break }
            let selected = index == selection
            // The selected entry is marked by `>` and its title in reverse video and bold; the box and the
            // detail keep their style, so a move redraws two short titles, not two whole boxes (slow links).
            let inside = Box.draw(rect, into: &buffer, charset: context.charset, style: .border)
            let style: Style = selected ? .selection : .normal
            let marker = selected ? "> " : "  "
            let title = "\(marker)[\(index + 1)]  \(context.text(entry.title))"
            buffer.put(title, x: inside.x + 1, y: inside.y, maxWidth: inside.width - 1, style: style.adding(.bold))
            let detailX = inside.x + detailOffset
            buffer.put(context.text(entry.detail), x: detailX, y: inside.y, maxWidth: inside.maxX - detailX - 1, style: .normal)
            y += boxHeight + gap
        }
    }
}
