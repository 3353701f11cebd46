import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// Issue 15's "text in": a name that reached a form with bytes that were not UTF-8 (left as U+FFFD by the
/// terminal's decoder) is refused with the reason when it is saved, and nothing is written.
@Suite("Text in at a form: a damaged name is refused when saved, with the reason, and nothing is written")
struct TextInFormTests {
    typealias F = RelativesFixtures

    @Test("A name holding U+FFFD is refused on saving the add form: the reason is said and no one is added",
          arguments: [Language.zhHans, .en])
    func damagedNameRefused(language: Language) {
        var state = F.addForm(language: language)
        F.fill(name: "王\u{FFFD}\u{FFFD}福", id: F.fatherText, relation: .father, &state)
        var effects = F.submit(&state)
        if state.dialog != nil, effects.isEmpty { effects = F.press([.char("y")], &state) }
        let data = RelativesMemoryData(household: F.household)
        let peopleBefore = data.household.persons.count
        F.run(effects, &state, data: data)
        let dialog = try! #require(state.dialog)
        #expect(dialog.isError)
        let reason = HouseholdError.notValidText.message
        #expect(dialog.message.zh.contains(reason.zh) || dialog.message.en.contains(reason.en))
        #expect(F.text(state).contains(language == .en ? "not valid UTF-8" : "不是有效的 UTF-8"))
        #expect(data.household.persons.count == peopleBefore)
        #expect(!data.household.persons.values.contains { $0.name.unicodeScalars.contains(TextIn.replacement) })
        // What was typed stays, so it can be corrected.
        #expect(F.form(state)?.form.text(AddRelativeForm.id) == F.fatherText)
    }
}
