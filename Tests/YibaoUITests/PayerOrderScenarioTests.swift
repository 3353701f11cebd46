import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Payer order screen: a whole visit through the runtime")
struct PayerOrderScenarioTests {
    typealias F = PayerOrderFixture

    @Test("Home, 3, move a payer, save, confirm: the store gets the new order and the screen says saved")
    func moveAndSave() throws {
        let data = PayerOrderMemoryDataSource(household: F.household, owner: F.owner)
        let keys: [Key] = [.char("3"), .char("D"), .char("S"), .char("Y")]
        let backend = ScriptedBackend(events: keys.map { .key($0) }, throwsWhenExhausted: false)
        var runtime = Runtime(backend: backend, data: data, environment: try F.environment(), language: .zhHans)
        try runtime.run()

        #expect(
            data.requests == [
                .setPayerOrder(beneficiary: F.mother, order: [F.grandson, F.owner], basis: [F.owner, F.grandson])
            ])
        #expect(data.household.payerOrders[F.mother] == [F.grandson, F.owner])
        #expect(data.household.payerOrder(for: F.mother) == [F.grandson, F.owner])

        let screen = try #require(runtime.state.top as? PayerOrderScreen)
        #expect(screen.saved == [F.grandson, F.owner])
        #expect(screen.hasUnsavedChanges == false)
        let last = try #require(runtime.backend.lastDrawn).text
        #expect(last.contains("[完成] 已保存。王桂兰的亲属账户现在按这个顺序扣：张伟、张建国。"))
        #expect(last.contains("[已保存]"))
    }

    @Test("Leaving with Esc after a move saves nothing")
    func leaveWithoutSaving() throws {
        let data = PayerOrderMemoryDataSource(household: F.household, owner: F.owner)
        let keys: [Key] = [.char("3"), .char("D"), .escape, .char("q"), .char("y")]
        var runtime = Runtime(
            backend: ScriptedBackend(keys: keys), data: data, environment: try F.environment(), language: .en)
        try runtime.run()
        #expect(runtime.state.isQuitting)
        #expect(data.requests.isEmpty)
        #expect(data.household.payerOrders.isEmpty)
    }

    @Test("A refusal from the store is shown and nothing changes")
    func refusedByStore() throws {
        // The store no longer has 张伟 as a payer for 王桂兰 (someone else unbound him meanwhile).
        var storeHousehold = F.household
        storeHousehold.bindings.removeAll { $0.payer == F.grandson && $0.beneficiary == F.mother }
        let data = PayerOrderMemoryDataSource(household: F.household, owner: F.owner)
        let keys: [Key] = [.char("3"), .char("D"), .char("S")]
        var runtime = Runtime(
            backend: ScriptedBackend(events: keys.map { .key($0) }, throwsWhenExhausted: false), data: data,
            environment: try F.environment(), language: .zhHans)
        try runtime.run()
        data.household = storeHousehold
        var state = runtime.state
        let env = try F.environment()
        let effects = update(&state, .key(.char("Y")), environment: env)
        #expect(effects.count == 1)
        for effect in effects {
            if let event = data.perform(effect, today: F.today) { _ = update(&state, event, environment: env) }
        }
        let dialog = try #require(state.dialog)
        #expect(dialog.isError)
        #expect(data.household.payerOrders.isEmpty)
        #expect(try F.screen(state).hasUnsavedChanges)
    }
}
