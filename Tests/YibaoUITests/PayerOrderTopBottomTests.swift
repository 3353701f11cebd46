import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// Issue 13, item 15: one key puts a payer at the top (置顶) or the bottom (置底), and saving says who
/// sets the order where the beneficiary is insured (Data/policy/regions.yaml).
@Suite("Payer order: to the top or bottom in one key, and who sets the order")
struct PayerOrderTopBottomTests {
    typealias F = PayerOrderFixture

    /// Runs the app on `keys`; the data source afterwards and the last screen drawn.
    func run(_ keys: [Key]) throws -> (PayerOrderMemoryDataSource, String) {
        let data = PayerOrderMemoryDataSource(household: F.household, owner: F.owner)
        let backend = ScriptedBackend(events: keys.map { .key($0) }, throwsWhenExhausted: false)
        var runtime = Runtime(backend: backend, data: data, environment: try F.environment(), language: .zhHans)
        try runtime.run()
        return (data, runtime.backend.lastDrawn?.text ?? "")
    }

    @Test("B puts the selected payer at the bottom and T at the top, each in one key")
    func topAndBottom() throws {
        let (bottom, _) = try run([.char("3"), .char("B"), .char("S"), .char("Y")])
        #expect(bottom.household.payerOrders[F.mother] == [F.grandson, F.owner])
        let (top, _) = try run([.char("3"), .down, .char("t"), .char("S"), .char("Y")])
        #expect(top.household.payerOrders[F.mother] == [F.grandson, F.owner])
        let keymap = Keymap.standard
        #expect(keymap.keyLabel(for: .moveItemFirst, in: [.payerOrder]) == "T")
        #expect(keymap.keyLabel(for: .moveItemLast, in: [.payerOrder]) == "B")
    }

    @Test("Saving an order for a Beijing relative says the relative (or a guardian) sets it there")
    func whoSetsTheOrder() throws {
        let (_, drawn) = try run([.char("3"), .char("D"), .char("S")])
        #expect(drawn.contains("商量好"))
        let words = PayerOrderWords.whoSets(beneficiary: "王桂兰", setBy: .beneficiary, isOwner: false)
        #expect(words?.en.contains("(or a guardian) sets this order") == true)
        #expect(PayerOrderWords.whoSets(beneficiary: "我", setBy: .beneficiary, isOwner: true) == nil)
        #expect(PayerOrderWords.whoSets(beneficiary: "陈母", setBy: .payer, isOwner: false)?.zh.contains("发起人") == true)
    }
}
