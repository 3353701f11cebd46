import ScreenKit
import YibaoCore

extension WithdrawalAdvice {
    /// The questionnaire's answer for the reader: a plain headline (money can be paid out, or it
    /// cannot and why), each case with what to bring and where to go, the fraud warning, and, set
    /// apart at the end, the sources and the boxed local-policy note.
    ///
    /// `regionWords` says whose rules were used ("按您参保地（广东）的规定回答" or "按全国通用的规定");
    /// `howToChange` says how to change an answer.
    func readerBlocks(language: Language, regionWords: String, howToChange: String) -> [ReaderBlock] {
        let zh = language == .zhHans
        func t(_ text: LocalizedText) -> String { text.text(language) }
        var blocks: [ReaderBlock] = []
        blocks.append(.title(t(headline)))
        blocks.append(.small(regionWords))
        blocks.append(.small(howToChange))
        if let statement { blocks.append(.paragraph(t(statement))) }
        if cases.isEmpty, !isUnsure {
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

    /// The answer in one line: the money can be paid out, or where it goes instead, or plainly not.
    var headline: LocalizedText {
        if isUnsure {
            return .init(zh: "请向参保地医保部门或 12393 问清楚", en: "Please ask your insurance office or call 12393")
        }
        if allowsMoneyOut {
            return .init(zh: "可以申请把余额转到银行账户", en: "You can apply to have the balance paid into a bank account")
        }
        if outcomes.contains(.transfer) {
            return .init(zh: "余额跟着您转到新地方，不能取成现金", en: "The balance moves with you; it cannot be taken out as cash")
        }
        if outcomes.contains(.keepUsing) {
            return .init(zh: "余额留在账户里继续用，不能取成现金", en: "The balance stays in the account; it cannot be taken out as cash")
        }
        return .init(zh: "不可以：账户里的钱不能取成现金", en: "No: the money cannot be taken out as cash")
    }
}
