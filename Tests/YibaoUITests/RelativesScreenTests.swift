import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Relatives screen: the list, moving through it, unbinding after asking")
struct RelativesScreenTests {
    typealias F = RelativesFixtures

    static func screen(_ state: AppState) -> RelativesScreen? { state.stack.last as? RelativesScreen }

    /// The rendered rows that show a binding's first line (they hold an ID number), above the "Other
    /// relatives" section (relatives not bound now, such as the fixture's stored sister 张秀珍).
    static func entryRows(_ state: AppState, environment: UIEnvironment = F.environment()) -> [String] {
        let lines = render(state, environment: environment).lines
        let others = lines.firstIndex { $0.contains("Other relatives") || $0.contains("其他家人：") } ?? lines.count
        return lines[..<others].filter { $0.contains("********") }
    }

    @Test("Key 2 on Home opens the list: the people the owner pays for, oldest binding first, then who pays for the owner")
    func listsBothDirectionsInOrder() {
        let state = F.relatives()
        #expect(RelativesScreenTests.screen(state) != nil)
        let rows = RelativesScreenTests.entryRows(state)
        #expect(rows.count == 4)
        let order = ["王桂兰", "李秀英", "张丽", "张伟"]
        for (row, name) in zip(rows, order) { #expect(row.contains(name)) }
        let text = F.text(state)
        let paysFor = try! #require(text.range(of: "您为这些家人付款（3 位）"))
        let paidBy = try! #require(text.range(of: "这些家人为您付款（1 位）"))
        #expect(paysFor.upperBound < text.range(of: "张丽")!.lowerBound)
        #expect(text.range(of: "张丽")!.upperBound < paidBy.lowerBound)
        #expect(paidBy.upperBound < text.range(of: "张伟")!.lowerBound)
    }

    @Test("Each entry says the relation in everyday words, ordered or quota with what is left, the since-date and a masked ID")
    func entryDetails() {
        let text = F.text(F.relatives(language: .en))
        #expect(text.contains("mother"))
        #expect(text.contains("cross-province quota ¥500.00, ¥380.00 left, since 2026-01-10"))
        #expect(text.contains("same province, in payer order, since 2024-03-01"))
        // The son pays for the owner, who is his father: from the owner's side he is the son.
        #expect(RelativesScreenTests.entryRows(F.relatives(language: .en)).last!.contains("son"))
        #expect(text.contains(F.mother.masked))
        for person in F.people { #expect(!text.contains(person.id.value)) }
    }

    @Test("Chinese names line up: relation and ID columns start at the same display column on every row", arguments: [
        Language.zhHans, .en,
    ])
    func columnsAligned(_ language: Language) {
        let rows = RelativesScreenTests.entryRows(F.relatives(language: language))
        func column(of needle: String, in row: String) -> Int {
            DisplayWidth.of(String(row[..<row.range(of: needle)!.lowerBound]))
        }
        let idColumns = Set(rows.map { column(of: "********", in: $0) })
        #expect(idColumns.count == 1)
        let relations = language == .zhHans ? ["母亲", "配偶", "女儿", "儿子"] : ["mother", "spouse", "daughter", "son"]
        let relationColumns = Set(zip(rows, relations).map { column(of: " " + $1, in: $0) })
        #expect(relationColumns.count == 1)
    }

    @Test("Up, Down, Home and End move the selection and stay within the list")
    func movingTheSelection() {
        var state = F.relatives()
        F.press([.up], &state)
        #expect(RelativesScreenTests.screen(state)?.selection == 0)
        F.press([.down, .down], &state)
        #expect(RelativesScreenTests.screen(state)?.selection == 2)
        #expect(RelativesScreenTests.entryRows(state)[2].hasPrefix("  > 张丽"))
        // The last entry is the stored sister 张秀珍 under "Other relatives", after the four bindings.
        F.press([.end, .down], &state)
        #expect(RelativesScreenTests.screen(state)?.selection == 4)
        #expect(F.text(state).contains("> 张秀珍"))
        F.press([.home], &state)
        #expect(RelativesScreenTests.screen(state)?.selection == 0)
    }

    @Test("A long list scrolls to keep the selection on screen and says there is more above or below")
    func longListScrolls() {
        var state = F.relatives(F.longHousehold)
        #expect(F.text(state).contains("下面还有"))
        // End: the last entry is the stored sister 张秀珍, under "Other relatives", after the son.
        F.press([.end], &state)
        let text = F.text(state)
        #expect(text.contains("上面还有"))
        #expect(text.contains("> 张秀珍"))
        #expect(text.contains("省内，按扣款顺序付，从 2025-06-01 起"))
        // At 120x40 everything fits: no marks, and the selection is still the last entry.
        _ = update(&state, .resize(Size(columns: 120, rows: 40)), environment: F.environment())
        #expect(!F.text(state).contains("上面还有"))
        #expect(F.text(state).contains("> 张秀珍"))
    }

    @Test("X on an ordered binding asks first and says the relative can no longer use the account; No changes nothing")
    func unbindOrderedAsks() {
        var state = F.relatives(language: .en)
        let effects = F.press([.char("x")], &state)
        #expect(effects.isEmpty)
        let dialog = try! #require(state.dialog)
        #expect(dialog.message.en.contains("stop paying for 王桂兰 (mother)"))
        #expect(dialog.message.zh.contains("以后她看病就不能再用您的账户"))
        #expect(F.press([.char("n")], &state).isEmpty)
        #expect(state.dialog == nil)
        #expect(state.status?.text.en == "Nothing was changed.")
        #expect(RelativesScreenTests.entryRows(state).count == 4)
    }

    @Test("X on a quota binding says the unused quota comes back; yes unbinds through the model and says how much came back")
    func unbindQuotaReturnsTheRest() {
        var state = F.relatives()
        F.press([.down, .down, .char("x")], &state)
        let dialog = try! #require(state.dialog)
        #expect(dialog.message.zh.contains("未用完的额度 ¥380.00 会回到您的账户"))
        #expect(dialog.message.en.contains("The unused quota of ¥380.00 will come back to your account"))
        let data = RelativesMemoryData(household: F.household)
        let effects = F.press([.char("y")], &state)
        #expect(effects == [.apply(.unbind(payer: F.owner, beneficiary: F.daughter))])
        F.run(effects, &state, data: data)
        #expect(data.requests == [.unbind(payer: F.owner, beneficiary: F.daughter)])
        #expect(!data.household.bindings.contains { $0.beneficiary == F.daughter })
        #expect(state.status?.kind == .success)
        #expect(state.status?.text.zh == "已解除：您的账户不再为张丽付款。未用完的额度 ¥380.00 已回到您的账户。")
        // Said in full on the status line at 80 columns, in both languages.
        for language in [Language.zhHans, .en] {
            var shown = state
            shown.language = language
            let line = render(shown, environment: F.environment()).lines[22]
            #expect(line.contains(language == .en ? "the unused ¥380.00 of the quota is back in your account." : "已回到您的账户。"))
            #expect(!line.contains("..."))
        }
        // The list was reloaded: the daughter is gone and the selection is still on a real entry.
        let rows = RelativesScreenTests.entryRows(state)
        #expect(rows.count == 3)
        #expect(!rows.contains { $0.contains("张丽") })
        #expect(RelativesScreenTests.screen(state)!.selection < 3)
    }

    @Test("X on a relative who pays for the owner does not offer to end it: it says only they can")
    func cannotUnbindSomeoneElsesPayment() {
        var state = F.relatives(language: .en)
        // The son is the last binding, just above the stored sister under "Other relatives".
        let effects = F.press([.end, .up, .char("x")], &state)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.en == "Here 张伟 pays for you; only 张伟 can end it.")
    }

    @Test("A refused unbinding shows the model's reasons in words")
    func refusedUnbind() {
        var state = F.relatives()
        let reasons = BindingRefused(reasons: [.notBound(payer: "张建国", beneficiary: "王桂兰")]).message
        _ = update(&state, .refused(.unbind(payer: F.owner, beneficiary: F.mother), reasons), environment: F.environment())
        let dialog = try! #require(state.dialog)
        #expect(dialog.isError)
        #expect(dialog.message == reasons)
    }

    @Test("An empty list says how to add someone, offers only Add, and X says there is nothing to end")
    func emptyList() {
        var state = F.relatives(F.emptyHousehold, language: .en)
        let text = F.text(state)
        #expect(text.contains("No one yet. Press A to add a relative."))
        #expect(text.contains("No relative pays for you."))
        #expect(!text.contains("[X]"))
        F.press([.char("x")], &state)
        #expect(state.dialog == nil)
        #expect(state.status?.text.en == "There is no binding to end yet.")
    }

    @Test("A opens the form; Esc on the list goes back to Home")
    func addAndBack() {
        var state = F.relatives()
        F.press([.char("a")], &state)
        #expect(F.form(state) != nil)
        state = F.relatives()
        F.press([.escape], &state)
        #expect(state.stack.count == 1)
        #expect(state.stack.last is HomeScreen)
    }
}
