import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk scope: the signed-in person is the owner and sees only their own account and bindings")
struct KioskScopeTests {
    typealias K = KioskFixture
    typealias R = RelativesFixtures

    @Test("The scoped snapshot keeps the person and those bound to them, and nobody else")
    func scopedSnapshot() throws {
        let full = AppSnapshot(household: K.household, owner: R.spouse, lastChange: "2026-01-31", ledgerCounts: [K.stranger: 9, K.owner: 3])
        let mine = full.scoped(to: K.owner)
        #expect(mine.owner == K.owner)
        #expect(mine.ownerPerson?.isOwner == true)
        #expect(Set(mine.household.persons.keys) == [K.owner, R.spouse, R.mother, R.daughter, R.son])
        #expect(mine.household.persons[R.spouse]?.isOwner == false)
        #expect(mine.household.accounts[K.stranger] == nil)
        #expect(mine.ledgerCounts == [K.owner: 3])
        #expect(mine.lastChange == nil)

        let hers = full.scoped(to: K.stranger)
        #expect(Set(hers.household.persons.keys) == [K.stranger])
        #expect(hers.household.bindings.isEmpty)
        #expect(hers.household.accounts.keys.sorted { $0.value < $1.value } == [K.stranger])
    }

    @Test("Only one's own ledger is read, and only one's own changes are carried out")
    func scopedChanges() throws {
        let data = FirstRunMemoryData(household: K.household, owner: K.owner)
        let scoped = ScopedDataSource(base: data, person: K.stranger)
        #expect(try scoped.ledger(of: K.owner, offset: 0, limit: 10).isEmpty)
        #expect(throws: KioskScopeRefusal.notHere) { try scoped.apply(.createDemo, asOf: R.today) }
        #expect(throws: KioskScopeRefusal.notHere) { try scoped.apply(.unbind(payer: K.owner, beneficiary: R.mother), asOf: R.today) }
        #expect(scoped.isAllowed(.unbind(payer: K.stranger, beneficiary: R.mother)))
        #expect(!scoped.isAllowed(.setPayerOrder(beneficiary: R.mother, order: [K.owner])))
        let relative = try #require(K.household.persons[R.mother])
        #expect(
            scoped.isAllowed(.addRelative(relative, openingBalance: nil, payer: K.stranger, relation: .mother, quota: nil)))
        #expect(
            !scoped.isAllowed(.addRelative(relative, openingBalance: nil, payer: K.owner, relation: .mother, quota: nil)),
            "a new relative is bound to the signed-in person, never to someone else")
        scoped.rememberLanguage(.en)
        #expect(data.rememberedLanguages.isEmpty)
    }

    @Test("Adding as a relative someone already in the store is refused without saying their name")
    func addingSomeoneElse() throws {
        let data = FirstRunMemoryData(household: K.household, owner: K.owner)
        let scoped = ScopedDataSource(base: data, person: K.stranger)
        let owner = try #require(K.household.persons[K.owner])
        var asRelative = owner
        asRelative.isOwner = false
        #expect(throws: KioskScopeRefusal.registeredHere) { try scoped.apply(.addPerson(asRelative, openingBalance: nil), asOf: R.today) }
        let together = ChangeRequest.addRelative(
            asRelative, openingBalance: nil, payer: K.stranger, relation: .mother, quota: nil)
        #expect(throws: KioskScopeRefusal.registeredHere) { try scoped.apply(together, asOf: R.today) }
        #expect(!KioskScopeRefusal.registeredHere.message.zh.contains("张建国"))
        #expect(data.requests.isEmpty, "nothing reached the store")
    }
}
