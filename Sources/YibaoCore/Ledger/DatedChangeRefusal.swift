/// Why a change was refused for its date: it is dated after today, or, dated in the past, it would
/// leave an account short on that day or on a later one (issue 12: the ledger is decided on every day).
public enum DatedChangeRefusal: UserFacingError, Hashable {
    /// The change is dated after today.
    case future(date: CivilDate, today: CivilDate)
    /// Saved, the change (dated `date`) would leave `name`'s account short on `shortfall.day`.
    case shortfall(Shortfall, name: String, date: CivilDate)

    public var message: LocalizedText {
        switch self {
        case .future(let date, let today):
            let d = RefusalWords.date(date)
            let t = RefusalWords.date(today)
            return .init(
                zh: "这项记录的日期是\(d.zh)，还没有到（今天是\(t.zh)）。不能记录将来的事，没有保存任何内容。请核对日期。",
                en:
                    "This change is dated \(d.en), which has not come yet (today is \(t.en)). Nothing in the future "
                    + "can be recorded, so nothing was saved. Please check the date.")
        case .shortfall(let shortfall, let name, let date):
            let d = RefusalWords.date(date)
            let day = RefusalWords.date(shortfall.day)
            let on: LocalizedText =
                shortfall.day == date
                ? .init(zh: "当天", en: "on that day")
                : .init(zh: "到\(day.zh)", en: "by \(day.en), after what was recorded later,")
            let what: LocalizedText =
                shortfall.balance < .zero || shortfall.earmarked == .zero
                ? .init(
                    zh: "余额会变成\(shortfall.balance.formatted)",
                    en: "the balance would be \(shortfall.balance.formatted)")
                : .init(
                    zh: "余额\(shortfall.balance.formatted)会少于给家人留出的额度\(shortfall.earmarked.formatted)",
                    en: "the balance of \(shortfall.balance.formatted) would be less than the "
                        + "\(shortfall.earmarked.formatted) set aside for relatives' quotas")
            return .init(
                zh: "这项记录的日期是\(d.zh)。记下它，\(name)的账户\(on.zh)\(what.zh)，差\(shortfall.missing.formatted)。"
                    + "没有保存任何内容。请按实际发生的先后记账，或核对日期和金额。",
                en:
                    "This change is dated \(d.en). Recorded, \(name)'s account \(on.en) would fall short: \(what.en), "
                    + "\(shortfall.missing.formatted) missing. Nothing was saved. Please record things in the order "
                    + "they happened, or check the date and the amount.")
        }
    }
}
