import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// The life-change forms take an earlier day, as the command line's `--date` does: today unless
/// changed; full-width digits and `2026-1-5` accepted; a day after today or before birth refused
/// beside the field with nothing written.
@Suite("Life-change forms take earlier dates")
struct DatedLifeFormTests {
    typealias F = RelativesFixtures

    /// Replaces the focused text field's content with `text` (the field holds at most 12 characters).
    static func retype(_ text: String, _ state: inout AppState) {
        F.press(Array(repeating: .backspace, count: 12), &state)
        F.type(text, &state)
    }

    @Test("Typed dates: 2026-1-5, full-width digits, slashes, 年月日 and eight digits are read; nonsense is not")
    func typedDates() {
        let day = CivilDate(year: 2026, month: 1, day: 5)
        #expect(CivilDate(typed: "2026-01-05") == day)
        #expect(CivilDate(typed: "2026-1-5") == day)
        #expect(CivilDate(typed: " ２０２６－１－５ ") == day)
        #expect(CivilDate(typed: "2026/1/5") == day)
        #expect(CivilDate(typed: "2026.1.5") == day)
        #expect(CivilDate(typed: "2026年1月5日") == day)
        #expect(CivilDate(typed: "20260105") == day)
        #expect(CivilDate(typed: "2026-2-30") == nil)
        #expect(CivilDate(typed: "26-1-5") == nil)
        #expect(CivilDate(typed: "2026-1") == nil)
        #expect(CivilDate(typed: "yesterday") == nil)
        #expect(CivilDate(typed: "") == nil)
    }

    @Test("Edit: a move typed as of ２０２６－１－２０ is confirmed for that day and sent dated")
    func editEarlierDay() throws {
        var state = LifeScreenTests.person(2)
        F.press([.char("1"), .tab, .tab], &state)
        Self.retype("110105", &state)
        F.press([.tab, .tab, .tab], &state)
        Self.retype("２０２６－１－２０", &state)
        LifeScreenTests.submitTop(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("Update 张丽's record from 2026-01-20"))
        let effects = F.press([.char("y")], &state)
        let day = CivilDate(year: 2026, month: 1, day: 20)!
        #expect(effects == [.apply(.dated(.editPerson(F.daughter, PersonEdit(region: RegionCode("110105")!)), on: day))])
        let data = RelativesMemoryData(household: F.household)
        F.run(effects, &state, data: data)
        #expect(data.household.persons[F.daughter]?.region.code == "110105")
        #expect(data.bindingEnds.map(\.endedOn) == [day])
        #expect(state.top is PersonScreen)
        #expect(state.status?.kind == .success)
    }

    @Test("Edit: a day after today is refused beside the field and nothing is asked or written")
    func editAfterToday() throws {
        var state = LifeScreenTests.person(2)
        F.press([.char("1")] + Array(repeating: .tab, count: 5), &state)
        Self.retype("2026-2-5", &state)
        LifeScreenTests.submitTop(&state)
        #expect(state.dialog == nil)
        let screen = try #require(state.top as? PersonEditScreen)
        #expect(screen.form.field(DateField.id)?.error?.en.contains("has not come yet") == true)
        #expect(screen.form.fields[screen.form.focus].id == DateField.id)
        #expect(F.text(state).contains("has not come yet"))
    }

    @Test("Death: a day before birth is refused beside the field; an earlier real day is confirmed and sent dated")
    func deathDates() throws {
        var state = LifeScreenTests.person(2)
        F.press([.char("3")], &state)
        Self.retype("1980-1-1", &state)
        LifeScreenTests.submitTop(&state)
        #expect(state.dialog == nil)
        var screen = try #require(state.top as? DeathScreen)
        #expect(screen.form.field(DateField.id)?.error?.en.contains("before the birth date (1985-07-09)") == true)
        screen.form.focus = 0
        state.stack[state.stack.count - 1] = screen
        Self.retype("2026年1月25日", &state)
        LifeScreenTests.submitTop(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("died on 2026-01-25"))
        let effects = F.press([.char("y")], &state)
        let day = CivilDate(year: 2026, month: 1, day: 25)!
        #expect(effects == [.apply(.dated(.recordDeath(F.daughter), on: day))])
        let data = RelativesMemoryData(household: F.household)
        F.run(effects, &state, data: data)
        #expect(data.household.persons[F.daughter]?.diedOn == day)
    }

    @Test("Premium: paid on an earlier day is said in the question and sent dated")
    func premiumEarlierDay() throws {
        var state = LifeScreenTests.person(0)
        F.press([.char("4")], &state)
        F.type("400", &state)
        F.press([.tab, .tab], &state)
        Self.retype("2026-1-15", &state)
        LifeScreenTests.submitTop(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("Pay ¥400.00 (paid on 2026-01-15)"))
        let effects = F.press([.char("y")], &state)
        let request = ChangeRequest.payPremium(
            payer: F.owner, beneficiary: F.mother, relation: .mother, amount: Money(fen: 40_000), year: 2026)
        #expect(effects == [.apply(.dated(request, on: CivilDate(year: 2026, month: 1, day: 15)!))])
    }

    @Test("At a kiosk a dated change is not carried out")
    func kioskRefusesDated() {
        let scoped = ScopedDataSource(base: RelativesMemoryData(household: F.household), person: F.owner)
        #expect(!scoped.isAllowed(.dated(.recordDeath(F.mother), on: F.today)))
    }
}
