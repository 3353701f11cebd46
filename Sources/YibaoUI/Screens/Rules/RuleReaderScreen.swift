import ScreenKit
import YibaoCore

/// One rule page to read: headings, paragraphs and lists wrapped to the window, scrolled with the
/// arrows, PgUp/PgDn/Space and Home/End, with the page number in words, and the sources and the
/// local-policy note set apart at the end.
public struct RuleReaderScreen: ScreenState {
    /// The topic shown, e.g. `withdrawal`.
    public let topic: String
    var reader = RuleReader()

    public init(topic: String) {
        self.topic = topic
    }

    func page(_ context: ScreenContext) -> RulePage? {
        context.environment.rules.page(topic, language: context.language)?
            .fillingData(
                from: context.environment.policy, guide: context.environment.rules.guide, on: context.today)
    }

    /// The page's blocks; the fraud page opens with the guide's warning.
    func blocks(_ context: ScreenContext) -> [ReaderBlock] {
        guard let page = page(context) else {
            return [.paragraph(context.text(.init(zh: "这一页找不到了。请按 Esc 返回。", en: "This page is missing. Press Esc to go back.")))]
        }
        let warning = topic == "fraud" ? context.text(context.environment.rules.guide.fraudWarning) : nil
        return page.readerBlocks(warning: warning)
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        guard let page = page(context) else { return .init(zh: "提取规则", en: "Withdrawal rules") }
        return .init(zh: page.title, en: page.title)
    }

    public func hints(_ context: ScreenContext) -> [Command] {
        // Short enough that help and language still fit at 80 columns in English; Home and End (and
        // PgUp on the withdrawal page) are named on the position line under the text.
        topic == "withdrawal" ? [.pageDown, .questionnaire] : [.pageDown, .pageUp]
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "这是一页规定。按空格键或 PgDn 往下翻，PgUp 往上翻，上下方向键一行一行地看。按 End 直接看最后的来源和“以当地规定为准”的说明，按 Home 回到开头。按 W 回答几个问题，看哪些规定适用于您。按 Esc 回到目录。",
            en: "This is one page of rules. Press Space or PgDn for the next page, PgUp for the previous one, and the Up and Down arrows to move a line. End shows the sources and the note that local policy prevails; Home goes back to the start. Press W to answer a few questions about your case. Esc goes back to the list.")
    }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { [.reader] }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        guard let command = input.command else { return [] }
        switch command {
        case .back, .contents: return [.pop]
        case .questionnaire: return [.push(QuestionnaireScreen(context: context))]
        default: break
        }
        _ = reader.handle(command, blocks: blocks(context), context: context)
        return []
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        reader.draw(blocks(context), in: area, into: &buffer, context: context)
    }
}
