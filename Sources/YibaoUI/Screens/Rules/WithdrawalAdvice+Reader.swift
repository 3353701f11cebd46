import ScreenKit
import YibaoCore

extension WithdrawalAdvice {
    /// The questionnaire's answer for the reader: a plain headline (money can be paid out, or it
    /// cannot and why), each case with what to bring and where to go, the fraud warning, and, set
    /// apart at the end, the sources and the boxed local-policy note.
    ///
    /// `regionWords` says whose rules were used ("按广东（440300）的规定" or "按全国通用的规定").
    func readerBlocks(language: Language, regionWords: String) -> [ReaderBlock] {
        let zh = language == .zhHans
        func t(_ text: LocalizedText) -> String { text.text(language) }
        var blocks: [ReaderBlock] = []
        if allowsMoneyOut {
            blocks.append(
                .title(
                    zh ? "可以申请：余额转到本人（或继承人）名下的银行账户"
                        : "You can apply: the balance is paid into your own (or your heir's) bank account"))
        } else {
            blocks.append(.title(zh ? "账户里的钱不能取成现金" : "The money cannot be taken out as cash"))
        }
        blocks.append(.small(regionWords))
        if let statement { blocks.append(.paragraph(t(statement))) }
        if cases.isEmpty {
            blocks.append(
                .paragraph(
                    zh ? "您的情况没有可以把余额转出或取出的规定。钱留在账户里，照常用来看病买药。"
                        : "No rule pays the balance out in your situation. The money stays in the account for your medical bills."))
        }
        for item in cases {
            blocks.append(.heading(t(item.title)))
            blocks.append(.strong(t(item.outcome.name) + (zh ? "。" : ".")))
            if let reason = item.reason { blocks.append(.paragraph(t(reason))) }
            blocks.append(.paragraph(t(item.summary)))
            if let caution = item.certainty.caution { blocks.append(.small(t(caution))) }
            if !item.materials.isEmpty {
                blocks.append(.strong(zh ? "要带的材料：" : "What to bring:"))
                blocks += item.materials.map { .listItem(t($0)) }
            }
            blocks.append(.strong(zh ? "到哪里办：" : "Where to go:"))
            blocks.append(.paragraph(t(item.whereToApply)))
            if !item.notes.isEmpty {
                blocks.append(.strong(zh ? "各地不同：" : "How places differ:"))
                blocks += item.notes.map { .listItem(t($0)) }
            }
        }
        if let fraudWarning { blocks.append(.warning(t(fraudWarning))) }
        blocks.append(.separator)
        blocks.append(.heading(zh ? "来源" : "Sources"))
        var seen = Set<String>()
        let sources = cases.flatMap(\.sources).filter { seen.insert($0).inserted }
        if sources.isEmpty {
            blocks.append(.source(zh ? "见“提取规则”一页的来源。" : "See the sources of the page \"Taking money out\"."))
        } else {
            blocks += sources.map { .source($0) }
        }
        blocks.append(.box(title: zh ? "以当地规定为准" : "Local policy prevails", text: t(localPolicyNote)))
        return blocks
    }
}
