import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// One intent, one transaction: a new relative is the person and the binding together or nothing; the
/// demo household is one transaction with one audit row.
@Suite("One transaction per intent")
struct OneTransactionTests {
    typealias F = Fixtures

    @Test("a new relative whose binding is refused leaves no person in the store and no audit row")
    func refusedRelativeAddsNoOne() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today)
        let auditBefore = try service.store.auditCount()
        // A man cannot be the owner's mother: the binding is refused after the person was decided.
        #expect(throws: BindingRefused.self) {
            try service.apply(
                .addRelative(F.father, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil),
                asOf: F.today)
        }
        #expect(try service.person(F.father.id) == nil, "a stray person was left behind")
        #expect(try service.store.bindings().isEmpty)
        #expect(try service.store.auditCount() == auditBefore)
    }

    @Test("an accepted new relative saves the person and the binding with ONE audit row")
    func acceptedRelativeIsOneRow() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        let auditBefore = try service.store.auditCount()
        try service.apply(
            .addRelative(F.mother, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil), asOf: F.today
        )
        #expect(try service.person(F.mother.id) == F.mother)
        let bindings = try service.store.bindings()
        #expect(bindings.map(\.beneficiary) == [F.mother.id])
        #expect(bindings.map(\.payer) == [F.owner.id])
        #expect(try service.store.auditCount() == auditBefore + 1)
        let row = try #require(try service.audit(limit: 1).first)
        #expect(row.auditAction == .relativeAdd)
        #expect(row.detail.contains("addPerson") && row.detail.contains("addBinding"), "\(row.detail)")
    }

    @Test("the demo household loads in one transaction with one audit row")
    func demoIsOneRow() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.loadDemo(asOf: F.today)
        let audit = try service.audit(limit: 100)
        #expect(audit.count == 1)
        #expect(audit.first?.auditAction == .demo)
        #expect(try service.persons().count == 5)
        #expect(try service.store.bindings().count == 4)
        #expect(try service.owner()?.name == "张建国")
    }

    @Test("a demo whose last step is refused leaves the store empty: all of it or nothing")
    func demoIsAllOrNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        // The embedded demo with one more binding the model refuses (a man as the owner's mother).
        var text = try #require(HouseholdService.embeddedDemo)
        let bindings = try #require(text.range(of: "\npayments:"))
        text.insert(
            contentsOf:
                "\n  - { payer: \"110105195603100015\", beneficiary: \"110105198304120036\", relation: mother }\n",
            at: bindings.lowerBound)
        let service = try F.service(in: dir, demoText: text)
        #expect(throws: BindingRefused.self) { try service.loadDemo(asOf: F.today) }
        #expect(try service.isEmpty())
        #expect(try service.store.auditCount() == 0)
        #expect(try service.store.lastChange() == nil)
    }

    @Test("the demo goes only into an empty store, and refuses in words otherwise")
    func demoNeedsEmptyStore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        #expect(throws: ServiceRefusal.demoNeedsEmptyStore) { try service.loadDemo(asOf: F.today) }
        #expect(try service.persons() == [F.owner])
    }

    @Test("the steps of one change each see what the earlier steps wrote, in the same transaction")
    func stepsSeeEarlierSteps() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        var seen: [Int] = []
        try service.store.changeInSteps(asOf: F.today, today: nil, action: .personAdd, summary: "two people") { steps in
            try steps.step { household in
                seen.append(household.persons.count)
                return [.addPerson(F.owner)]
            }
            try steps.step { household in
                seen.append(household.persons.count)
                return [.addPerson(F.mother)]
            }
        }
        #expect(seen == [0, 1])
        #expect(try service.store.auditCount() == 1)
    }
}
