import YibaoCore

/// The "as of which day" field of the life-change forms (edit, death, premium): today unless changed,
/// typed as `2026-01-05`, `2026-1-5`, `2026年1月5日` or in full-width digits; a day after today, or
/// before the person was born, is refused beside the field and nothing is written. The same as the
/// command line's `--date`.
enum DateField {
    static let id = "date"

    /// The field, filled in with `today`.
    static func make(
        today: CivilDate, label: LocalizedText = .init(zh: "从哪天起", en: "As of")
    ) -> FormField {
        .text(
            id, label, maxLength: 12,
            note: .init(
                zh: "默认今天；更早的日子可以改，例如 2026-1-5。",
                en: "Today unless you change it; an earlier day can be typed, e.g. 2026-1-5."),
            text: today.iso)
    }

    /// The day typed, or what is wrong with it in words.
    static func check(_ text: String, today: CivilDate, birth: CivilDate?) -> Result<CivilDate, DateFieldProblem> {
        guard let day = CivilDate(typed: text) else { return .failure(.unreadable) }
        if day > today { return .failure(.afterToday(today)) }
        if let birth, day < birth { return .failure(.beforeBirth(birth)) }
        return .success(day)
    }

    /// The request as of `day`: itself when that is today, otherwise dated.
    static func request(_ request: ChangeRequest, on day: CivilDate, today: CivilDate) -> ChangeRequest {
        day == today ? request : .dated(request, on: day)
    }

    /// "today (2026-02-01)" or "2026-01-20", for a confirmation.
    static func words(_ day: CivilDate, today: CivilDate) -> LocalizedText {
        day == today ? .init(zh: "今天（\(day.iso)）", en: "today (\(day.iso))") : .init(zh: day.iso, en: day.iso)
    }
}

/// What is wrong with a typed day.
enum DateFieldProblem: Error, Equatable {
    case unreadable
    case afterToday(CivilDate)
    case beforeBirth(CivilDate)

    var message: LocalizedText {
        switch self {
        case .unreadable:
            return .init(
                zh: "请按 年-月-日 填写日期，例如 2026-1-5。", en: "Please write the date as year-month-day, e.g. 2026-1-5.")
        case .afterToday(let today):
            return .init(
                zh: "这一天还没有到（今天是 \(today.iso)），不能记录。", en: "That day has not come yet (today is \(today.iso)).")
        case .beforeBirth(let birth):
            return .init(
                zh: "这一天在出生（\(birth.iso)）之前，请核对。", en: "That day is before the birth date (\(birth.iso)); please check.")
        }
    }
}
