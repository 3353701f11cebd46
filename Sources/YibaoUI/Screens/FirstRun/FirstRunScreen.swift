import ScreenKit
import YibaoCore

/// The screen of a fresh, empty store: set up "my account", or open the invented demo household to
/// look around. Chosen by 1 / 2 or arrows + Enter; `?` is help, `L` the other language, `Q` leaves
/// (asked first). When the store is no longer empty, the app replaces this screen with Home.
public struct FirstRunScreen: ScreenState {
    /// The highlighted entry: 0 = set up my account, 1 = the demo household, 2 = help.
    public var selection = 0

    public init() {}

    static let entries: [(title: LocalizedText, detail: LocalizedText)] = [
        (
            .init(zh: "设置我的账户", en: "Set up my account"),
            .init(zh: "填写姓名、身份证号、参保类型、地区和余额", en: "Your name, ID number, insurance, region, balance")
        ),
        (
            .init(zh: "打开示例家庭", en: "Open the demo household"),
            .init(zh: "先随便看看；里面的人和钱都是编的", en: "Just to look around; its people and money are invented")
        ),
        (
            .init(zh: "帮助", en: "Help"),
            .init(zh: "怎么用，名词是什么意思", en: "How to use it, and what the words mean")
        ),
    ]

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "欢迎", en: "Welcome") }

    public func hints(_ context: ScreenContext) -> [Command] { [.select, .up] }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "这里还没有任何资料。按 1 设置您自己的账户：填写姓名、身份证号码、参保类型、地区和个人账户现在的余额，"
                + "保存前会请您确认。按 2 打开示例家庭，先看看怎么用；示例家庭里的人名、号码和金额都是编的。"
                + "按 L 切换中文和英文。按 Q 退出，退出前会先问您。",
            en: "Nothing is stored here yet. Press 1 to set up your own account: your name, ID number, insurance, "
                + "region and what your personal account holds now; you confirm before anything is saved. Press 2 "
                + "to open the demo household and look around first; its names, numbers and amounts are invented. "
                + "Press L to switch between Chinese and English. Press Q to leave; you are asked first.")
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        if case .number(let number) = input, (1...FirstRunScreen.entries.count).contains(number) {
            selection = number - 1
            return open(context)
        }
        let count = FirstRunScreen.entries.count
        switch input.command {
        case .up, .previousField: selection = (selection + count - 1) % count
        case .down, .nextField: selection = (selection + 1) % count
        case .select: return open(context)
        case .quit:
            return [
                .confirm(
                    title: .init(zh: "退出", en: "Leave"), message: .init(zh: "要退出医保吗？", en: "Leave Yibao now?"),
                    onYes: [.quit], onNo: [])
            ]
        case .back:
            return [
                .status(
                    StatusLine(.init(zh: "这里是第一个画面。要退出请按 Q。", en: "This is the first screen. Press Q to leave.")))
            ]
        default: break
        }
        return []
    }

    private func open(_ context: ScreenContext) -> [Action] {
        switch selection {
        case 0: return [.push(SetupScreen(regions: context.environment.policy.regionCatalog))]
        case 1:
            return [
                .confirm(
                    title: .init(zh: "打开示例家庭", en: "Open the demo household"),
                    message: .init(
                        zh: "示例家庭里的人名、身份证号码和金额都是编出来的，只是让您看看怎么用。它放在单独的示例仓库里，"
                            + "不会写进您自己的资料；退出示例后回到这个画面。要打开吗？",
                        en: "The demo household's names, ID numbers and amounts are all invented, just to show how "
                            + "things work. It opens in a store of its own, never in your records; leaving it "
                            + "brings you back here. Open it?"),
                    onYes: [.openDemo], onNo: [])
            ]
        default: return [.showHelp]
        }
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(.createDemo, _):
            return [
                .status(
                    StatusLine(
                        .init(
                            zh: "示例家庭已打开。这里的人和钱都是编的。",
                            en: "The demo household is open. Its people and money are invented."),
                        kind: .success))
            ]
        case .refused(.createDemo, let reason):
            return [.message(title: .init(zh: "示例家庭没有打开", en: "The demo did not open"), message: reason, isError: true)]
        default: return []
        }
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        var y = area.y
        buffer.put(
            context.text(.init(zh: "欢迎使用医保", en: "Welcome to Yibao")), x: area.x, y: y, maxWidth: area.width,
            style: Style.title.adding(.bold))
        y += 1
        let intro = LocalizedText(
            zh: "这里还没有资料。请选一项：按数字键，或用上下键选好后按回车。",
            en: "Nothing is stored yet. Choose one: press its number, or Up/Down and Enter.")
        for line in TextWrap.lines(context.text(intro), width: area.width).prefix(2) {
            buffer.put(line, x: area.x, y: y, maxWidth: area.width)
            y += 1
        }
        y += 1
        // Each entry is a box: its number and title, and under them one quiet line saying what it is.
        let boxHeight = 4
        let count = FirstRunScreen.entries.count
        let gap = area.maxY - y >= count * (boxHeight + 1) + 1 ? 1 : 0
        for (index, entry) in FirstRunScreen.entries.enumerated() {
            let rect = Rect(x: area.x, y: y, width: area.width, height: boxHeight)
            guard rect.maxY <= area.maxY else { break }
            let selected = index == selection
            let inside = Box.draw(rect, into: &buffer, charset: context.charset, style: selected ? .selection : .border)
            if selected { buffer.fill(inside, style: .selection) }
            let style: Style = selected ? .selection : .normal
            let marker = selected ? "> " : "  "
            let title = "\(marker)[\(index + 1)]  \(context.text(entry.title))"
            buffer.put(title, x: inside.x + 1, y: inside.y, maxWidth: inside.width - 1, style: style.adding(.bold))
            let detailX = inside.x + 1 + DisplayWidth.of("> [1]  ")
            buffer.put(
                context.text(entry.detail), x: detailX, y: inside.y + 1, maxWidth: inside.maxX - detailX - 1,
                style: style)
            y += boxHeight + gap
        }
        // The other language, written in that language, so someone who cannot read this one finds it.
        let other = LocalizedText(zh: "English: press L", en: "中文：请按 L")
        if y < area.maxY {
            buffer.put(context.text(other), x: area.x + 2, y: y, maxWidth: area.width - 2, style: Style.normal.adding(.bold))
        }
    }
}
