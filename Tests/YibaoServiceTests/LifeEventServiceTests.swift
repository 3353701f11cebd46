import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Life events through the service: one transaction, one typed audit row, the old record kept as
/// dated events, ended bindings kept with the quota returned, and everything in the export.
@Suite("Life events through the service")
struct LifeEventServiceTests {
    typealias F = Fixtures
    static let shanghai = RegionCode("310104")!
    /// A daughter in Shanghai with resident insurance (a cross-province quota binding from the owner).
    static let daughter = Person(id: F.id(4, born: "19900101"), name: "张丽", scheme: .resident, region: RegionCode("310104")!)

    func family(_ dir: TempDir) throws -> HouseholdService {
        let service = try F.service(in: dir, today: { F.today })
        try service.addPerson(F.owner, openingBalance: Money(fen: 500_000), asOf: F.today)
        try service.addPerson(F.mother, openingBalance: nil, asOf: F.today)
        try service.addPerson(Self.daughter, openingBalance: nil, asOf: F.today)
        try service.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: F.today)
        try service.bind(
            payer: F.owner.id, beneficiary: Self.daughter.id, relation: .daughter, quota: Money(fen: 100_000),
            asOf: F.today)
        return service
    }

    @Test("A move of the daughter to Beijing ends her quota binding, returns it whole, and keeps the old region as an event")
    func moveEndsBinding() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try family(dir)
        let ended = try service.editPerson(Self.daughter.id, PersonEdit(region: F.beijing), asOf: F.today)
        #expect(ended.map(\.binding.beneficiary) == [Self.daughter.id])
        #expect(ended.first?.quotaReturned == Money(fen: 100_000))
        let household = try service.household(asOf: F.today)
        #expect(household.bindings.map(\.beneficiary) == [F.mother.id])
        #expect(household.persons[Self.daughter.id]?.region == F.beijing)
        #expect(household.quotaAvailable(payer: F.owner.id, policy: F.policy) == Money(fen: 500_000))
        let events = try service.personEvents()
        #expect(events.map(\.field) == [.region])
        #expect(events.first?.oldValue == "310104")
        #expect(try service.bindingEnds().map(\.reason) == [.moved])
        #expect(try service.audit(limit: 1).first?.auditAction == .personEdit)
    }

    @Test("A death ends every binding of the person, keeps their balance, and refuses paying or binding afterwards")
    func death() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try family(dir)
        let ended = try service.recordDeath(F.owner.id, asOf: F.today)
        #expect(Set(ended.map(\.binding.beneficiary)) == [F.mother.id, Self.daughter.id])
        let household = try service.household(asOf: F.today)
        #expect(household.bindings.isEmpty)
        #expect(household.accounts[F.owner.id]?.balance == Money(fen: 500_000))
        #expect(household.persons[F.owner.id]?.diedOn == F.today)
        #expect(throws: (any Error).self) {
            try service.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: F.today)
        }
        #expect(throws: (any Error).self) { try service.pay(beneficiary: F.owner.id, amount: Money(fen: 100), asOf: F.today) }
        #expect(throws: LifeEventError.personDied(name: "张建国", on: F.today)) {
            try service.editPerson(F.owner.id, PersonEdit(name: "张建华"), asOf: F.today)
        }
        #expect(try service.audit(limit: 1).first?.auditAction == .personDied)
    }

    @Test("A refused event writes nothing: no audit row, no event, no ended binding")
    func refusedWritesNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try family(dir)
        let before = try service.audit(limit: 100).count
        #expect(throws: (any Error).self) {
            try service.recordDeath(F.owner.id, asOf: CivilDate(year: 1950, month: 1, day: 1)!)
        }
        #expect(throws: (any Error).self) { try service.recordDeath(F.owner.id, asOf: F.today.adding(days: 1)) }
        #expect(throws: (any Error).self) {
            try service.editPerson(F.owner.id, PersonEdit(contributionBase: Money(fen: 1)), asOf: F.today)
        }
        #expect(try service.audit(limit: 100).count == before)
        #expect(try service.personEvents().isEmpty)
        #expect(try service.bindingEnds().isEmpty)
    }

    @Test("A premium for the uninsured father is one ledger line naming him and the year, audited as a premium")
    func premium() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try family(dir)
        var father = F.father
        father.scheme = .none
        try service.addPerson(father, openingBalance: nil, asOf: F.today)
        try service.payPremium(
            payer: F.owner.id, beneficiary: father.id, relation: .father, amount: Money(fen: 40_000), year: 2026,
            asOf: F.today)
        let line = try #require(try service.ledger(of: F.owner.id, limit: 1).first)
        #expect(line.kind == .premiumForRelative)
        #expect(line.counterparty == father.id)
        #expect(line.note.contains("2026") && line.note.contains("张德福"))
        #expect(try service.audit(limit: 1).first?.auditAction == .premium)
    }

    @Test("An estimated credit is recorded once per month, marked as an estimate")
    func estimatedCredit() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try family(dir)
        try service.editPerson(F.owner.id, PersonEdit(contributionBase: Money(fen: 800_000)), asOf: F.today)
        let estimate = try service.creditEstimated(for: F.owner.id, month: F.today)
        #expect(estimate.amount == Money(fen: 16_000))
        #expect(estimate.month == "2026-03")
        // Dated the month's first day: older than the opening balance of the 15th, so second, newest first.
        let line = try #require(try service.ledger(of: F.owner.id, limit: 5).first { $0.kind == .credit })
        #expect(Household.isEstimate(line))
        #expect(line.date == CivilDate(year: 2026, month: 3, day: 1))
        #expect(throws: LifeEventError.monthAlreadyCredited(month: "2026-03")) {
            try service.creditEstimated(for: F.owner.id, month: F.today)
        }
        #expect(try service.audit(limit: 2).map(\.auditAction) == [.creditEstimated, .personEdit])
    }

    @Test("The export carries the events and the ended bindings; an older export without them still reads")
    func export() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try family(dir)
        try service.recordDeath(F.mother.id, asOf: F.today)
        let export = try service.export()
        #expect(export.personEvents.map(\.field) == [.diedOn])
        #expect(export.bindingEnds.map(\.reason) == [.died])
        #expect(export.persons.first { $0.id == F.mother.id }?.diedOn == F.today)
        let data = try JSONEncoder().encode(export)
        #expect(try JSONDecoder().decode(StoreExport.self, from: data) == export)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["personEvents"] = nil
        object["bindingEnds"] = nil
        let older = try JSONDecoder().decode(StoreExport.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(older.personEvents.isEmpty && older.bindingEnds.isEmpty)
    }
}
