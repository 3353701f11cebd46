import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// What the Relatives and Balance screens read from the snapshot, the same on both engines: the
/// bindings that ended, by themselves or on request (up to the snapshot's day), and the owner's last credit.
@Suite("Snapshot's ended bindings and last credit on every engine")
struct SnapshotLifeConformanceTests {
    typealias F = Fixtures

    /// The owner (¥100) and the mother, bound sixty days before the fixtures' today.
    static func ownerPaysForMother(_ service: HouseholdService) throws {
        try service.addPerson(F.owner, openingBalance: Money(fen: 10_000), asOf: F.today.adding(days: -60))
        try service.addPerson(F.mother, openingBalance: nil, asOf: F.today.adding(days: -60))
        try service.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: F.today.adding(days: -60))
    }

    @Test("a death's ended binding and the owner's newest credit come back in the snapshot, as of its day", arguments: StoreEngine.available)
    func endsAndLastCredit(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try Self.ownerPaysForMother(service)
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: F.today.adding(days: -40))
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: F.today.adding(days: -10))
        try service.recordDeath(F.mother.id, asOf: F.today.adding(days: -5))
        let now = try service.snapshot(asOf: F.today)
        #expect(now.bindingEnds.map(\.reason) == [.died])
        #expect(now.bindingEnds.first?.binding.beneficiary == F.mother.id)
        #expect(now.ownerLastCredit == F.today.adding(days: -10))
        // Before the death and the second credit, the snapshot says neither.
        let before = try service.snapshot(asOf: F.today.adding(days: -20))
        #expect(before.bindingEnds.isEmpty)
        #expect(before.ownerLastCredit == F.today.adding(days: -40))
    }

    @Test(
        "a binding ended on request is kept, dated the day it ended, so the relative's entry can say when and why",
        arguments: StoreEngine.available)
    func endedOnRequest(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try Self.ownerPaysForMother(service)
        try service.unbind(payer: F.owner.id, beneficiary: F.mother.id, asOf: F.today.adding(days: -3))
        let now = try service.snapshot(asOf: F.today)
        #expect(now.household.bindings.isEmpty)
        let end = try #require(now.bindingEnds.first)
        #expect(now.bindingEnds.count == 1)
        #expect(end.reason == .unbound)
        #expect(end.endedOn == F.today.adding(days: -3))
        #expect(end.binding.payer == F.owner.id && end.binding.beneficiary == F.mother.id)
        #expect(end.binding.relation == .mother)
        #expect(end.quotaReturned == .zero)
        // The day before, it was still a binding and had not ended.
        let before = try service.snapshot(asOf: F.today.adding(days: -4))
        #expect(before.bindingEnds.isEmpty)
    }
}
