import YibaoCore

/// Every sentence the payer-order screen says, in both languages.
enum PayerOrderWords {
    // MARK: The list

    static let ownAccount = LocalizedText(zh: "本人账户", en: "own account")
    static let alwaysFirst = LocalizedText(zh: "总是最先", en: "always first")
    static let noAccount = LocalizedText(zh: "没有账户", en: "no account")
    static let ordered = LocalizedText(zh: "按顺序", en: "in order")
    static let quota = LocalizedText(zh: "跨省额度", en: "quota")
    static let movedMarker = LocalizedText(zh: "<-已移动", en: "<-moved")
    static let columnOrder = LocalizedText(zh: "顺序", en: "No.")
    static let columnAccount = LocalizedText(zh: "谁的账户", en: "Account")
    static func columnRelation(_ beneficiary: String) -> LocalizedText {
        .init(zh: "\(beneficiary)是TA的", en: "\(beneficiary) is their")
    }
    static let columnForm = LocalizedText(zh: "方式", en: "How")
    static let columnAvailable = LocalizedText(zh: "可以用", en: "Can pay")

    // MARK: Around the list

    static func heading(_ beneficiary: String, position: Int, of count: Int) -> LocalizedText {
        count > 1
            ? .init(
                zh: "\(beneficiary)看病时的扣款顺序（第 \(position) 位，共 \(count) 位；按 P 换人）",
                en: "Who pays when \(beneficiary) is treated (\(position) of \(count); press P for another person)")
            : .init(zh: "\(beneficiary)看病时的扣款顺序", en: "Who pays when \(beneficiary) is treated")
    }
    static let instructions = LocalizedText(
        zh: "从上往下扣，不够的付现金。用上下键选中亲属，按 U 上移、D 下移，按 S 保存。",
        en: "Accounts pay from the top down; the rest is cash. Choose a relative with Up/Down, press U to move "
            + "them up, D to move them down, S to save.")
    static let unsaved = LocalizedText(
        zh: "[未保存] 顺序改过了，还没有保存。按 S 保存，按 Esc 放弃。",
        en: "[Not saved] The order has changed. S saves it; Esc leaves it as it was.")
    static let savedState = LocalizedText(zh: "[已保存] 这是现在使用的顺序。", en: "[Saved] This is the order in use now.")
    static func exampleHeading(_ amount: Money) -> LocalizedText {
        .init(
            zh: "举例：医保报销后自己要付（自付）\(amount.formatted)时，按上面的顺序这样扣（按 + 或 - 改金额）：",
            en: "Example: if the self-paid part of a bill (after the fund pays) is \(amount.formatted), it is paid "
                + "like this (+ or - changes it):")
    }
    static func onePayerRule(_ beneficiary: String, region: LocalizedText) -> LocalizedText {
        .init(
            zh: "注意：\(beneficiary)在\(region.zh)参保。那里每次结算，除本人账户外只能用一位亲属的账户，"
                + "就是排在最前、账户里有钱的那一位。",
            en: "Note: \(beneficiary) is insured in \(region.en). There, each bill may use only one relative's "
                + "account besides their own: the first one in this order who has money available.")
    }
    /// Under the example, when the person's own balance was never given.
    static func ownBalanceUnknown(_ name: String) -> LocalizedText {
        .init(
            zh: "\(name)自己账户的余额不知道，例子里按¥0.00算；知道后可以用 yibao credit 记上。",
            en: "\(name)'s own balance is not known, so the example counts it as ¥0.00; once known, record it with "
                + "`yibao credit`.")
    }
    static let thisRegion = LocalizedText(zh: "本地", en: "this region")
    /// Under a list too long for the window: how many accounts are out of view, and how to see them.
    static func moreRows(above: Int, below: Int) -> LocalizedText {
        switch (above > 0, below > 0) {
        case (true, true):
            return .init(
                zh: "上面还有 \(above) 个，下面还有 \(below) 个账户，用上下键查看。",
                en: "\(above) more above and \(below) more below: use Up/Down to see them.")
        case (true, false):
            return .init(zh: "上面还有 \(above) 个账户，用上下键查看。", en: "\(above) more above: use Up/Down to see them.")
        default:
            return .init(zh: "下面还有 \(below) 个账户，用上下键查看。", en: "\(below) more below: use Up/Down to see them.")
        }
    }

    // MARK: Nobody has payers

    static let noPayersTitle = LocalizedText(zh: "还没有人为谁付款", en: "No one pays for anyone yet")
    static let noPayers = LocalizedText(
        zh: "您和您为之付款的亲属，目前都没有绑定付款的亲属账户，所以还没有扣款顺序可以设定。",
        en: "Neither you nor a relative you pay for has a relative's account bound to pay for them yet, so "
            + "there is no payer order to set.")
    static let howToBind = LocalizedText(
        zh: "要绑定一位亲属：按 Esc 回到首页，再按 2 打开“亲属共济”。绑定以后，可以回到这里设定先扣谁的账户。",
        en: "To bind a relative: press Esc to go back to the home screen, then press 2 (Relatives). Once a "
            + "relative is bound, come back here to choose whose account pays first.")

    // MARK: Status lines

    static let ownAccountFixed = LocalizedText(
        zh: "本人账户总是最先扣，不能移动。请选中一位亲属再移动。",
        en: "The own account always pays first and stays there. Choose a relative.")
    static func alreadyFirst(_ name: String) -> LocalizedText {
        .init(zh: "\(name)已经排在亲属的最前面了。", en: "\(name) is already the first relative.")
    }
    static func alreadyLast(_ name: String) -> LocalizedText {
        .init(zh: "\(name)已经排在最后了。", en: "\(name) is already last.")
    }
    static func movedTo(_ name: String, position: Int, up: Bool) -> LocalizedText {
        .init(
            zh: "已把\(name)\(up ? "上移" : "下移")到第 \(position) 位（未保存）。",
            en: "Moved \(name) \(up ? "up" : "down") to number \(position) (not saved yet).")
    }
    static let nothingToSave = LocalizedText(
        zh: "顺序没有改过，不需要保存。", en: "The order has not changed; there is nothing to save.")
    static let notSavedYet = LocalizedText(
        zh: "还没有保存。想保存时请按 S。", en: "Not saved yet. Press S when you want to save.")
    static func onlyOnePerson(_ name: String) -> LocalizedText {
        .init(zh: "只有\(name)有付款的亲属，没有别人可换。", en: "Only \(name) has relatives who pay; there is no one else to show.")
    }
    static func nowShowing(_ name: String) -> LocalizedText {
        .init(zh: "现在显示\(name)的扣款顺序。", en: "Now showing who pays for \(name).")
    }
    static func saved(_ beneficiary: String, payers: [String]) -> LocalizedText {
        .init(
            zh: "已保存。\(beneficiary)的亲属账户现在按这个顺序扣：\(payers.joined(separator: "、"))。",
            en: "Saved. Relatives now pay for \(beneficiary) in this order: \(payers.joined(separator: ", ")).")
    }
    static func leftWithoutSaving(_ beneficiary: String) -> LocalizedText {
        .init(
            zh: "扣款顺序没有保存，\(beneficiary)还是原来的顺序。",
            en: "The payer order was not saved; \(beneficiary) keeps the old order.")
    }
    static func switchedWithoutSaving(_ beneficiary: String) -> LocalizedText {
        .init(
            zh: "\(beneficiary)的新顺序没有保存，还是原来的顺序。",
            en: "The new order for \(beneficiary) was not saved; the old order stays.")
    }

    // MARK: Dialogs

    static let saveTitle = LocalizedText(zh: "保存扣款顺序", en: "Save the payer order")
    /// The order restated as the screen numbers it (the own account is number 1, even when there is
    /// none, so the numbers agree with the list), one account a line so no name is broken across lines.
    static func confirmSave(
        beneficiary: String, hasOwnAccount: Bool, payers: [String], setBy: PayerOrderSetter = .beneficiary,
        isOwner: Bool = false
    ) -> LocalizedText {
        let numbered = payers.enumerated().map { "\($0.offset + 2). \($0.element)" }
        let who = whoSets(beneficiary: beneficiary, setBy: setBy, isOwner: isOwner)
        let zh =
            ["\(beneficiary)看病时，按这个顺序扣款：", hasOwnAccount ? "1. 本人账户" : "1. 本人账户（没有，跳过）"]
            + numbered + ["不够的付现金。"] + (who.map { [$0.zh] } ?? []) + ["要保存这个顺序吗？"]
        let en =
            [
                "When \(beneficiary) is treated, accounts pay in this order:",
                hasOwnAccount ? "1. own account" : "1. own account (none, skipped)",
            ] + numbered + ["Anything left is paid in cash."] + (who.map { [$0.en] } ?? []) + ["Save this order?"]
        return .init(zh: zh.joined(separator: "\n"), en: en.joined(separator: "\n"))
    }
    /// Who sets the order where the beneficiary is insured, when it is not the person saving it.
    static func whoSets(beneficiary: String, setBy: PayerOrderSetter, isOwner: Bool) -> LocalizedText? {
        switch setBy {
        case .beneficiary where !isOwner:
            return .init(
                zh: "在\(beneficiary)参保的地方，顺序由\(beneficiary)本人（或监护人）设定：请先和\(beneficiary)商量好，再保存。",
                en: "Where \(beneficiary) is insured, \(beneficiary) (or a guardian) sets this order: "
                    + "please agree it with \(beneficiary) before saving.")
        case .payer:
            return .init(
                zh: "在\(beneficiary)参保的地方，顺序由出钱的亲属（发起人）设定。",
                en: "Where \(beneficiary) is insured, the relatives who pay set this order.")
        default:
            return nil
        }
    }
    static let notSavedTitle = LocalizedText(zh: "没有保存", en: "Not saved")
    /// After a save refused because the order changed elsewhere: the reason, then what stays and how to
    /// save it anyway.
    static func keptAfterConflict(_ reason: LocalizedText) -> LocalizedText {
        .init(
            zh: reason.zh + "您改的顺序还留在画面上；要用它替换，请按 S。",
            en: reason.en + " Your order is still on the screen; press S to save it over that one.")
    }
    static let switchTitle = LocalizedText(zh: "换人", en: "Other person")
    static func switchQuestion(current: String, next: String) -> LocalizedText {
        .init(
            zh: "\(current)的新顺序还没有保存。不保存，换成\(next)吗？",
            en: "The new order for \(current) is not saved. Show \(next) without saving it?")
    }
}
