/// What every balance Yibao shows must say about itself: the figures are the person's own records,
/// typed in by them, as last brought up to date on a day; the real balance is the insurance office's,
/// and here is how to check it. The 社保卡's bank account is not the personal account.
public enum HonestFigures {
    /// Two lines at 76 columns, for the Balance screen; with `ascii` (a drawing set without Chinese
    /// for English readers) the English names the app and card in English, in three lines.
    public static func short(lastUpdated: String?, ascii: Bool = false) -> LocalizedText {
        let when = lastUpdated.map { LocalizedText(zh: "，更新于\($0)", en: ", updated \($0)") }
            ?? LocalizedText(zh: "", en: "")
        let zh =
            "这是您自己记的账\(when.zh)。真实余额请看国家医保服务平台App、当地平台，或打12393、到柜台打印；"
            + "社保卡的银行账户不是个人账户。"
        if ascii {
            return .init(
                zh: zh,
                en: "Your own records\(when.en). Real balance: the national NHSA app, your local platform, 12393 or "
                    + "a printout at the counter. The social security card's bank account is not this account.")
        }
        return .init(
            zh: zh,
            en: "Your own records\(when.en). Real balance: 医保服务平台 app, local platform, 12393 or a "
                + "counter printout. The 社保卡 bank account is separate.")
    }

    /// The lines `yibao balance` ends with.
    public static func lines(lastUpdated: String?) -> LocalizedText {
        let when = lastUpdated.map { LocalizedText(zh: "最近一次更新：\($0)。", en: "Last brought up to date: \($0).") }
            ?? LocalizedText(zh: "还没有记录过任何更改。", en: "Nothing has been recorded yet.")
        return .init(
            zh: "这些数字是您自己记的账，不是医保部门的数据。\(when.zh)\n"
                + "核对真实余额：国家医保服务平台App，当地医保平台，拨打12393，或到医保经办柜台打印对账单。\n"
                + "社保卡的银行账户（金融账户）不是医保个人账户。",
            en: "These figures are your own records, not the insurance office's. \(when.en)\n"
                + "To check the real balance: the national 医保服务平台 app, your local platform, call 12393, "
                + "or ask for a printout at the counter.\n"
                + "The 社保卡's bank account is not the medical-insurance personal account.")
    }
}
