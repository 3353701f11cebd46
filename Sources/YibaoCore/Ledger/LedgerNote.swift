/// The ledger notes Yibao writes itself, said in the reader's language. Notes are stored as written
/// (older stores hold both languages in one note, `期初余额 / opening balance`); a note a person typed
/// is shown as typed.
public enum LedgerNote {
    /// The notes Yibao writes, in every form it has stored them, with their words in both languages.
    static let known: [String: LocalizedText] = {
        let opening = LocalizedText(zh: "期初余额", en: "opening balance")
        let monthly = LocalizedText(zh: "月度划入", en: "monthly credit")
        let medical = LocalizedText(zh: "就医购药", en: "medical costs")
        let table: [String: LocalizedText] = [
            Household.openingBalanceNote: opening, "期初余额 opening balance": opening, "期初余额": opening,
            "opening balance": opening, "月度划入": monthly, Household.medicalCostsNote: medical,
        ]
        return table
    }()

    /// The note in `language`: a note Yibao wrote in that language, else the note as stored.
    public static func text(_ note: String, language: Language) -> String {
        known[note]?.text(language) ?? note
    }
}
