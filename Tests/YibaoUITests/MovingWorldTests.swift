import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// The world moves under an open screen: changes made elsewhere, a window that shrinks, a question
/// answered with Enter. None of it may make a screen lie or lose what the person did.
@Suite("A moving world: changes elsewhere, too-small windows, questions that remove")
struct MovingWorldTests {
    typealias R = RelativesFixtures
    typealias P = PayerOrderFixture

    // MARK: Questions that remove start on No

    @Test("Enter on the unbinding question answers no: the binding stays and nothing is asked of the store")
    func enterOnUnbindKeepsTheBinding() throws {
        var state = R.relatives(language: .en)
        R.press([.char("x")], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.selectedButton == 1)
        let effects = R.press([.enter], &state)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        #expect(state.status?.text.en == "Nothing was changed.")
        #expect(RelativesScreenTests.entryRows(state).count == 4)
    }

    @Test("Questions that drop what was typed or switch away from an unsaved order start on No")
    func droppingQuestionsStartOnNo() throws {
        var form = R.addForm()
        R.type("王", &form)
        R.press([.escape], &form)
        #expect(try #require(form.dialog).selectedButton == 1)
        #expect(R.press([.enter], &form).isEmpty)
        #expect(form.top is AddRelativeScreen)

        let env = try P.environment()
        var order = P.openedState(environment: env)
        P.press([.char("D"), .char("P")], &order, environment: env)
        #expect(try #require(order.dialog).selectedButton == 1)
        P.press([.enter], &order, environment: env)
        #expect(try P.screen(order).beneficiary == P.mother)
        #expect(try P.screen(order).hasUnsavedChanges)
    }

    @Test("Questions that save or add keep Yes selected")
    func savingQuestionsStartOnYes() throws {
        let env = try P.environment()
        var state = P.openedState(environment: env)
        P.press([.char("D"), .char("S")], &state, environment: env)
        #expect(try #require(state.dialog).selectedButton == 0)
    }

    // MARK: A window too small takes no key

    @Test("While the window is too small y, q and Enter do nothing; the question is still there when it grows")
    func tooSmallTakesNoKey() throws {
        var state = R.relatives(language: .en)
        R.press([.char("x")], &state)
        let asked = try #require(state.dialog)
        _ = update(&state, .resize(Size(columns: 60, rows: 20)), environment: R.environment())
        let effects = R.press([.char("y"), .char("q"), .enter, .escape, .char("n"), .char("L")], &state)
        #expect(effects.isEmpty)
        #expect(!state.isQuitting)
        #expect(state.language == .en)
        _ = update(&state, .resize(Size(columns: 80, rows: 24)), environment: R.environment())
        let dialog = try #require(state.dialog)
        #expect(dialog.message == asked.message)
        #expect(dialog.selectedButton == asked.selectedButton)
        #expect(state.top is RelativesScreen)
        // Grown back, the question answers again.
        #expect(R.press([.char("y")], &state) == [.apply(.unbind(payer: R.owner, beneficiary: R.mother))])
    }

    @Test("Ctrl-C still leaves cleanly while the window is too small")
    func tooSmallStillLeaves() {
        var state = R.relatives()
        _ = update(&state, .resize(Size(columns: 40, rows: 10)), environment: R.environment())
        R.press([.ctrl("c")], &state)
        #expect(state.isQuitting)
    }

    // MARK: Changes made elsewhere

    @Test("A change made elsewhere reloads and says so calmly; the first mark only starts the watch")
    func changedElsewhereNote() {
        var state = R.relatives()
        #expect(update(&state, .storeChanged(mark: 1), environment: R.environment()).isEmpty)
        #expect(state.status == nil)
        #expect(update(&state, .storeChanged(mark: 2), environment: R.environment()) == [.reload])
        #expect(state.status == StatusLine(ElsewhereWords.changed))
        #expect(state.status?.text.zh == "另一处刚更新了数据，画面已刷新。")
        #expect(state.status?.text.en == "Something was changed elsewhere; the screen is up to date.")
    }

    @Test("After the person's own save the success line stays; their own save is never called elsewhere")
    func ownSaveIsNotElsewhere() {
        var state = R.relatives()
        _ = update(&state, .storeChanged(mark: 1), environment: R.environment())
        R.press([.char("x"), .char("y")], &state)
        let effects = update(
            &state, .applied(.unbind(payer: R.owner, beneficiary: R.mother), .unbound(returnedQuota: .zero)),
            environment: R.environment())
        #expect(effects == [.reload])
        #expect(state.status?.kind == .success)
        // A later change elsewhere does not hide the success line.
        _ = update(&state, .storeChanged(mark: 2), environment: R.environment())
        #expect(state.status?.kind == .success)
    }

    @Test("A relative removed elsewhere disappears and the same binding stays selected")
    func relativesKeepTheSelection() throws {
        var state = R.relatives()
        R.press([.down, .down], &state)
        let before = try #require(RelativesScreenTests.screen(state))
        let entries = RelativeEntry.entries(owner: R.owner, household: R.household)
        let selected = entries[before.selection].binding
        var changed = R.household
        changed.bindings.removeAll { $0 == entries[0].binding }
        _ = update(&state, .loaded(R.snapshot(changed)), environment: R.environment())
        let after = try #require(RelativesScreenTests.screen(state))
        #expect(RelativesScreenTests.entryRows(state).count == entries.count - 1)
        #expect(RelativeEntry.entries(owner: R.owner, household: changed)[after.selection].binding == selected)
    }

    @Test("A relative added elsewhere appears without a key")
    func relativesShowAnAddition() throws {
        var changed = R.household
        changed.bindings.removeAll { $0.beneficiary == R.daughter }
        var state = R.relatives(changed)
        #expect(RelativesScreenTests.entryRows(state).count == 3)
        _ = update(&state, .loaded(R.snapshot(R.household)), environment: R.environment())
        #expect(RelativesScreenTests.entryRows(state).count == 4)
    }

    @Test("A half-typed form keeps what was typed, and its question, through a reload from elsewhere")
    func formKeepsTyping() throws {
        var state = R.addForm()
        R.type("王秀", &state)
        R.press([.escape], &state)
        _ = update(&state, .storeChanged(mark: 1), environment: R.environment())
        _ = update(&state, .storeChanged(mark: 2), environment: R.environment())
        _ = update(&state, .loaded(R.snapshot(R.household)), environment: R.environment())
        #expect(state.dialog != nil)
        R.press([.char("n")], &state)
        #expect(R.form(state)?.form.text(AddRelativeForm.name) == "王秀")
    }

    // MARK: No lost updates: the payer order

    /// 王桂兰's payers reordered elsewhere: the second cousin first.
    static func savedElsewhere() -> (Household, [ResidentID]) {
        var household = P.householdWithManyPayers
        var order = household.payerOrder(for: P.mother)
        order.swapAt(0, 2)
        household.payerOrders[P.mother] = order
        return (household, order)
    }

    @Test("A save decided on an order changed elsewhere carries the order it started from")
    func saveCarriesItsBasis() throws {
        let env = try P.environment()
        var state = P.openedState(P.householdWithManyPayers, environment: env)
        let shown = try P.screen(state).saved
        P.press([.char("D")], &state, environment: env)
        let draft = try P.screen(state).draft
        // Another app saves meanwhile; this screen follows it but keeps the person's own order.
        let (elsewhere, _) = Self.savedElsewhere()
        _ = update(&state, .loaded(P.snapshot(elsewhere)), environment: env)
        #expect(try P.screen(state).draft == draft)
        P.press([.char("S")], &state, environment: env)
        let effects = P.press([.char("y")], &state, environment: env)
        #expect(effects == [.apply(.setPayerOrder(beneficiary: P.mother, order: draft, basis: shown))])
    }

    @Test("Refused as changed elsewhere: the current order is said, the person's order stays, and S saves it")
    func refusedThenOneKey() throws {
        let env = try P.environment()
        var state = P.openedState(P.householdWithManyPayers, environment: env)
        let shown = try P.screen(state).saved
        P.press([.char("D"), .char("S"), .char("y")], &state, environment: env)
        let draft = try P.screen(state).draft
        let request = ChangeRequest.setPayerOrder(beneficiary: P.mother, order: draft, basis: shown)
        let (elsewhere, current) = Self.savedElsewhere()
        let reason = ChangeOutdated(current: current.map { elsewhere.persons[$0]!.name }).message
        let effects = update(&state, .refused(request, reason), environment: env)
        #expect(effects == [.reload])
        let dialog = try #require(state.dialog)
        #expect(dialog.isError)
        #expect(dialog.message.zh.hasPrefix(reason.zh))
        #expect(dialog.message.zh.hasSuffix("要用它替换，请按 S。"))
        #expect(dialog.message.en.hasSuffix("press S to save it over that one."))
        _ = update(&state, .loaded(P.snapshot(elsewhere)), environment: env)
        let screen = try P.screen(state)
        #expect(screen.saved == current)
        #expect(screen.draft == draft)
        #expect(screen.hasUnsavedChanges)
        P.press([.enter], &state, environment: env)
        #expect(state.dialog == nil)
        // One key saves the person's order over the one in use now.
        let again = P.press([.char("S")], &state, environment: env)
        #expect(again == [.apply(.setPayerOrder(beneficiary: P.mother, order: draft, basis: current))])
    }

    @Test("An order the person has not touched follows one saved elsewhere, with the same payer selected")
    func untouchedOrderFollows() throws {
        let env = try P.environment()
        var state = P.openedState(P.householdWithManyPayers, environment: env)
        P.press([.down], &state, environment: env)
        let selected = try #require(try P.screen(state).selectedPayer)
        let (elsewhere, current) = Self.savedElsewhere()
        _ = update(&state, .loaded(P.snapshot(elsewhere)), environment: env)
        let screen = try P.screen(state)
        #expect(screen.draft == current)
        #expect(!screen.hasUnsavedChanges)
        #expect(screen.selectedPayer == selected)
    }
}
