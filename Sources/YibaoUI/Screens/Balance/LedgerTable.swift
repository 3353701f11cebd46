import ScreenKit
import YibaoCore

/// How ledger rows are shown: columns date, kind, amount (right-aligned) and who/note, every width
/// measured in display columns so Chinese names and kinds line up.
struct LedgerTable {
    let language: Language
    /// Columns the relative's name takes at the start of the who/note cell (0: the account never
    /// paid for a relative, so the cell is just the note).
    let nameWidth: Int
    let context: ScreenContext

    /// Names longer than this are shortened in the who/note cell.
    static let maximumNameWidth = 12
    /// Wide enough for `-¥100,000.00`, the largest amount Yibao accepts.
    static let amountWidth = 12

    init(person: ResidentID, context: ScreenContext) {
        self.context = context
        language = context.language
        let household = context.household
        let paysForOthers =
            household?.bindings.contains { $0.payer == person } == true
            || household?.accounts[person]?.thisYearForRelatives.isEmpty == false
        if paysForOthers, let household {
            let widths = household.persons.keys.filter { $0 != person }.map {
                DisplayWidth.of(context.displayName($0))
            }
            nameWidth = min(Self.maximumNameWidth, widths.max() ?? 0)
        } else {
            nameWidth = 0
        }
    }

    var view: ListView {
        let kindWidth = LedgerEntry.Kind.allCases.map { DisplayWidth.of($0.name.text(language)) }.max() ?? 8
        let who: LocalizedText = nameWidth > 0 ? .init(zh: "对象 / 说明", en: "For / note") : .init(zh: "说明", en: "Note")
        return ListView(columns: [
            Column(context.text(.init(zh: "日期", en: "Date")), width: 10),
            Column(context.text(.init(zh: "类型", en: "Kind")), width: kindWidth),
            Column(context.text(.init(zh: "金额", en: "Amount")), width: Self.amountWidth, alignment: .trailing),
            Column(context.text(who)),
        ])
    }

    /// The cells of one entry; `nil` (a row not loaded yet) says so in words.
    func cells(_ entry: LedgerEntry?) -> [String] {
        guard let entry else { return ["...", context.text(.init(zh: "正在读取", en: "loading")), "", ""] }
        let sign = entry.amount > .zero ? "+" : ""
        let note = Sanitizer.inert(LedgerNote.text(entry.note, language: context.language))
        var whoNote = note
        if let who = entry.counterparty {
            let name = Sanitizer.inert(context.displayName(who))
            whoNote = nameWidth > 0 ? TextLayout.pad(name, width: nameWidth) + "  " + note : name + "  " + note
        } else if nameWidth > 0 {
            whoNote = String(repeating: " ", count: nameWidth + 2) + note
        }
        return [entry.date.iso, context.text(entry.kind.name), sign + entry.amount.formatted, whoNote]
    }
}
