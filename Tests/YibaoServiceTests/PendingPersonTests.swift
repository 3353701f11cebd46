import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

@Suite("Records made at a kiosk are pending")
struct PendingPersonTests {
    typealias F = Fixtures
    static let son = Person(id: F.id(5, born: "19900101"), name: "张伟", scheme: .employee, region: F.beijing)

    /// The owner, and a son a kiosk visitor (the owner) added and bound as their beneficiary.
    static func kioskMade(in dir: TempDir) throws -> HouseholdService {
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today)
        try service.apply(
            .addRelative(son, openingBalance: nil, payer: F.owner.id, relation: .son, quota: nil), asOf: F.today,
            atKiosk: true)
        return service
    }

    @Test("a relative added at a kiosk is unconfirmed; the same added at the app or counter is not")
    func markedPending() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try Self.kioskMade(in: dir)
        #expect(try service.store.isPending(Self.son.id))
        #expect(try service.pendingPersons() == [Self.son.id])
        #expect(try service.snapshot(asOf: F.today).household.pending == [Self.son.id])
        #expect(try service.store.isPending(F.owner.id) == false)
        // The binding the visitor made from their own account stands meanwhile.
        #expect(try service.store.bindings().map(\.beneficiary) == [Self.son.id])
    }

    @Test("the counter's person add for that ID replaces the kiosk's details and confirms, never 'already here'")
    func counterReplaces() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try Self.kioskMade(in: dir)
        var real = Self.son
        real.name = "张伟明"
        try service.addPerson(real, openingBalance: Money(fen: 20_000), asOf: F.today)
        #expect(try service.person(Self.son.id)?.name == "张伟明")
        #expect(try service.store.isPending(Self.son.id) == false)
        #expect(try service.snapshot(asOf: F.today).household.accounts[Self.son.id]?.balance == Money(fen: 20_000))
        // Once confirmed, a second person add is "already here" as for anyone.
        #expect(throws: HouseholdError.self) { try service.addPerson(real, openingBalance: nil, asOf: F.today) }
    }

    @Test("person confirm confirms as it is, with an audit row; confirming someone not pending is refused")
    func confirm() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try Self.kioskMade(in: dir)
        try service.confirmPerson(Self.son.id, asOf: F.today)
        #expect(try service.store.isPending(Self.son.id) == false)
        #expect(try service.person(Self.son.id)?.name == Self.son.name)
        #expect(try service.audit(limit: 1).first?.auditAction == .personConfirm)
        #expect(throws: HouseholdError.notPending(name: Self.son.name)) {
            try service.confirmPerson(Self.son.id, asOf: F.today)
        }
    }

    @Test("meanwhile a pending person cannot pay for anyone, nor get a kiosk PIN (so cannot sign in)")
    func pendingMayNotPay() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try Self.kioskMade(in: dir)
        let before = try service.store.bindings()
        #expect(throws: HouseholdError.unconfirmed(name: Self.son.name)) {
            try service.bind(payer: Self.son.id, beneficiary: F.owner.id, relation: .father, quota: nil, asOf: F.today)
        }
        #expect(try service.store.bindings() == before)
        #expect(throws: HouseholdError.unconfirmed(name: Self.son.name)) {
            try service.setKioskPin(try KioskPin("739184"), for: Self.son.id, at: Moment(seconds: 0))
        }
        #expect(try service.store.hasKioskPin(Self.son.id) == false)
        try service.confirmPerson(Self.son.id, asOf: F.today)
        try service.bind(payer: Self.son.id, beneficiary: F.owner.id, relation: .father, quota: nil, asOf: F.today)
        try service.setKioskPin(try KioskPin("739184"), for: Self.son.id, at: Moment(seconds: 0))
    }

    @Test("export and import keep who is pending, and a round trip gives the same export")
    func exportKeepsPending() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let first = try Self.kioskMade(in: dir).export()
        #expect(first.pending == [Self.son.id])
        let target = try F.service(in: dir, file: "copy.sqlite")
        try target.importExport(first)
        #expect(try target.export() == first)
        #expect(try target.store.isPending(Self.son.id))
    }
}
