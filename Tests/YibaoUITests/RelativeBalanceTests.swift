import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// A relative's own balance can be recorded later from their entry (5), as read in the app: one
/// adjustment of the difference, confirmed first; not offered for someone without a personal account.
@Suite("A relative's own balance, later, on screen")
struct RelativeBalanceTests {
    typealias F = RelativesFixtures

    @Test("The son's balance read in the app is confirmed with what Yibao has, then recorded")
    func recordsSonsBalance() throws {
        var state = LifeScreenTests.person(3)
        #expect((state.top as? PersonScreen)?.person == F.son)
        F.press([.char("5")], &state)
        #expect(state.top is RelativeBalanceScreen)
        #expect(F.text(state).contains("Yibao has ¥3,200.00 for them now."))
        F.type("３４５６.78元", &state)
        LifeScreenTests.submitTop(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("Record 张伟's balance on today (2026-02-01) as ¥3,456.78. Yibao has ¥3,200.00 now"))
        let effects = F.press([.char("y")], &state)
        #expect(effects == [.apply(.recordBalance(person: F.son, balance: Money(fen: 345_678)))])
        let data = RelativesMemoryData(household: F.household)
        F.run(effects, &state, data: data)
        #expect(state.status?.text.en == "Recorded 张伟's balance: ¥3,456.78.")
        #expect(state.top is PersonScreen)
    }

    @Test("The same balance as Yibao has: said so, nothing asked; no amount: said beside the field")
    func unchangedAndEmpty() throws {
        var state = LifeScreenTests.person(3)
        F.press([.char("5")], &state)
        LifeScreenTests.submitTop(&state)
        #expect(state.dialog == nil)
        let screen = try #require(state.top as? RelativeBalanceScreen)
        #expect(screen.form.field(RelativeBalanceScreen.balance)?.error != nil)
        var focused = try #require(state.top as? RelativeBalanceScreen)
        focused.form.focus = 0
        state.stack[state.stack.count - 1] = focused
        F.type("3200", &state)
        LifeScreenTests.submitTop(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("already ¥3,200.00"))
        #expect(F.press([.enter], &state).isEmpty)
    }

    @Test("The mother has no personal account: 5 says so and opens nothing")
    func noAccount() throws {
        var state = LifeScreenTests.person(0)
        F.press([.char("5")], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("no employee personal account"))
        #expect(state.top is PersonScreen)
    }
}
