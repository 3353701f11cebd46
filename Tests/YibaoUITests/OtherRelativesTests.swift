import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// Relatives who are not bound to the owner now (a binding that ended, someone never bound and not
/// insured) are listed under "Other relatives" with why, and their entry opens like any other; the
/// premium form asks the relation when no binding recorded it; the "not enrolled" refusal points there.
@Suite("Other relatives: reachable on screen")
struct OtherRelativesTests {
    typealias F = RelativesFixtures

    static func others(language: Language = .en, size: Size = Size(columns: 80, rows: 24)) -> AppState {
        let (household, ends) = F.othersHousehold
        return F.relatives(household, ends: ends, language: language, size: size)
    }

    /// The screen's rows from the "Other relatives" heading down.
    static func otherRows(_ state: AppState) -> [String] {
        let lines = render(state, environment: F.environment()).lines
        guard let start = lines.firstIndex(where: { $0.contains("Other relatives") || $0.contains("其他家人：") }) else {
            return []
        }
        return Array(lines[start...])
    }

    @Test("A binding that ended by a move, an uninsured father never bound and a stored sister are listed under Other relatives, each with why")
    func listedWithWhy() {
        let size = Size(columns: 120, rows: 40)
        let text = F.text(Self.others(size: size))
        #expect(text.contains("Other relatives, not bound to you now (3)"))
        let others = Self.otherRows(Self.others(size: size)).joined(separator: "\n")
        #expect(others.contains("张丽"))
        #expect(others.contains("binding ended on 2026-01-20: moved to another pooling area"))
        #expect(others.contains("张德福"))
        #expect(others.contains("not insured; you may pay their premium (Enter, then 4)"))
        #expect(others.contains("张秀珍"))
        #expect(others.contains("not bound to you"))
        // The daughter's relation comes from the binding that ended.
        #expect(others.split(separator: "\n").contains { $0.contains("张丽") && $0.contains("daughter") })
        // Still two binding sections above, without the daughter.
        #expect(text.contains("You pay for these relatives (2)"))
        let zh = F.text(Self.others(language: .zhHans, size: size))
        #expect(zh.contains("其他家人：现在没有和您绑定（3 位）"))
        #expect(zh.contains("共济于 2026-01-20 解除：迁到了另一个统筹区"))
        #expect(zh.contains("还没有参保；可以从您的账户代缴TA的居民医保保费（回车，再按4）"))
    }

    @Test("Enter on a relative whose binding ended opens their entry, knowing the relation from that binding")
    func opensEndedRelative() throws {
        var state = Self.others()
        // Bindings: mother, spouse, son; then others by name: 张丽, 张德福, 张秀珍.
        F.press([.down, .down, .down, .enter], &state)
        let screen = try #require(state.top as? PersonScreen)
        #expect(screen.person == F.daughter)
        #expect(screen.relation == .daughter)
        #expect(F.text(state).contains("Record a death"))
    }

    @Test("X on a relative who is not bound says there is nothing to end and asks nothing")
    func nothingToEnd() {
        var state = Self.others()
        let effects = F.press([.end, .char("x")], &state)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        #expect(state.status?.text.en == "张秀珍 is not bound to you now; nothing to end.")
    }

    @Test("A death recorded from Relatives moves the relative under Other relatives, with the date")
    func deathMovesThem() throws {
        var state = F.relatives(language: .en)
        let data = RelativesMemoryData(household: F.household)
        F.press([.down, .down, .enter, .char("3")], &state)
        LifeScreenTests.submitTop(&state)
        F.run(F.press([.char("y")], &state), &state, data: data)
        #expect(state.top is PersonScreen)
        F.press([.escape], &state)
        #expect(state.top is RelativesScreen)
        let others = Self.otherRows(state).joined(separator: "\n")
        #expect(others.contains("张丽"))
        #expect(others.contains("died on 2026-02-01"))
        #expect(!RelativesScreenTests.entryRows(state).contains { $0.contains("张丽") })
    }

    @Test("The uninsured father's premium: the form asks the relation, says every problem at once, then pays for him")
    func premiumForUninsuredFather() throws {
        var state = Self.others()
        F.press([.end, .up, .enter], &state)
        let person = try #require(state.top as? PersonScreen)
        #expect(person.person == F.father)
        #expect(person.relation == nil)
        F.press([.char("4")], &state)
        var screen = try #require(state.top as? PremiumScreen)
        #expect(F.text(state).contains("They are your"))
        // Nothing chosen or typed: the relation and the amount are both marked, the relation focused.
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        #expect(F.press([.enter], &state).isEmpty)
        screen = try #require(state.top as? PremiumScreen)
        #expect(screen.form.field(PremiumScreen.relationField)?.error != nil)
        #expect(screen.form.field(PremiumScreen.amount)?.error != nil)
        #expect(screen.form.focus == 0)
        #expect(state.dialog == nil)
        // Choose "father", type 300, save.
        F.press(F.chooseRelation(.father) + [.tab], &state)
        F.type("300", &state)
        screen = try #require(state.top as? PremiumScreen)
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        F.press([.enter], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("张德福's resident-insurance premium for 2026"))
        let effects = F.press([.char("y")], &state)
        #expect(
            effects == [
                .apply(.payPremium(payer: F.owner, beneficiary: F.father, relation: .father, amount: Money(fen: 30_000), year: 2026))
            ])
        let data = RelativesMemoryData(household: F.othersHousehold.household)
        F.run(effects, &state, data: data)
        #expect(state.status?.text.en == "Paid ¥300.00: 张德福's premium for 2026.")
    }

    @Test("The not-enrolled route points to the premium on the relative's entry, not to the Balance screen")
    func notEnrolledRoute() {
        let route = Refusal.beneficiaryNotEnrolled(name: "张德福").route
        #expect(route.en.contains("choose 张德福 under \"Other relatives\", press Enter, then 4"))
        #expect(route.zh.contains("在“其他家人”里选中张德福按回车，再按4"))
        #expect(route.en.contains("yibao premium"))
        #expect(!route.en.contains("Balance"))
        #expect(!route.zh.contains("余额”页"))
    }

    @Test("Adding an uninsured father: the box says why and where, keeps him under Other relatives on yes, and opens his entry")
    func addUninsuredKeepsThem() throws {
        var state = F.addForm(language: .en)
        F.type("张德福", &state)
        F.press([.tab], &state)
        F.type(F.fatherText, &state)
        // Relation, then the insurance: Left from "resident" wraps to "not enrolled".
        F.press([.tab] + F.chooseRelation(.father) + [.tab, .left], &state)
        F.submit(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("not enrolled in basic medical insurance yet"))
        #expect(dialog.message.en.contains("under \"Other relatives\", press Enter, then 4"))
        #expect(dialog.message.en.contains("Keep 张德福 under \"Other relatives\" now (no binding)"))
        let effects = F.press([.char("y")], &state)
        let person = Person(id: F.father, name: "张德福", scheme: Scheme.none, region: F.household.persons[F.owner]!.region)
        #expect(effects == [.apply(.addPerson(person, openingBalance: nil))])
        let data = RelativesMemoryData(household: F.household)
        F.run(effects, &state, data: data)
        #expect(data.household.persons[F.father]?.scheme == Scheme.none)
        #expect(!data.household.bindings.contains { $0.beneficiary == F.father })
        let entry = try #require(state.top as? PersonScreen)
        #expect(entry.person == F.father)
        #expect(entry.relation == .father)
        #expect(state.status?.text.en.contains("Press 4 to pay the premium") == true)
        // Back on Relatives he is listed under Other relatives.
        F.press([.escape], &state)
        #expect(Self.otherRows(state).joined(separator: "\n").contains("张德福"))
    }

    @Test("Saying no to keeping the uninsured relative writes nothing and the form stays as typed")
    func addUninsuredNo() throws {
        var state = F.addForm(language: .en)
        F.type("张德福", &state)
        F.press([.tab], &state)
        F.type(F.fatherText, &state)
        F.press([.tab] + F.chooseRelation(.father) + [.tab, .left], &state)
        F.submit(&state)
        #expect(state.dialog != nil)
        #expect(F.press([.char("n")], &state).isEmpty)
        #expect(state.dialog == nil)
        #expect(F.form(state)?.form.text(AddRelativeForm.name) == "张德福")
    }

    @Test("A binding ended with X moves the relative under Other relatives, with the day, \"on request\" and the relation",
          arguments: [Language.en, .zhHans])
    func endedOnRequestListed(language: Language) throws {
        let data = RelativesMemoryData(household: F.household)
        var state = F.relatives(F.household, language: language, size: Size(columns: 120, rows: 40))
        // The first binding listed is the mother's (王桂兰); X asks, y ends it.
        F.run(F.press([.char("x")], &state), &state, data: data)
        F.run(F.press([.char("y")], &state), &state, data: data)
        F.run([.reload], &state, data: data)
        let end = try #require(data.bindingEnds.first)
        #expect(end.reason == .unbound)
        #expect(end.endedOn == F.today)
        let others = Self.otherRows(state)
        let mother = try #require(others.firstIndex { $0.contains("王桂兰") })
        #expect(others[mother].contains(language == .en ? "mother" : "母亲"))
        let why = others[mother + 1]
        #expect(
            why.contains(
                language == .en ? "binding ended on \(F.today.iso): on request" : "共济于 \(F.today.iso) 解除：由本人或家人申请"))
    }
}
