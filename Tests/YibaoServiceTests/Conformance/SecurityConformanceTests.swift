import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Issue 15's store behaviours on both engines (issue 16): per-terminal throttling, the no-oracle count
/// against an ID without a PIN, kiosk-made (pending) records, and import whole or not at all, both
/// ways between the SQLite file and the PostgreSQL server.
@Suite("Throttling, pending records and import: conformance on every engine")
struct SecurityConformanceTests {
    typealias F = Fixtures
    let t0 = Moment(seconds: 1_750_000_000)
    static let son = Person(id: F.id(5, born: "19900101"), name: "张伟", scheme: .employee, region: F.beijing)
    static let cousin = Person(
        id: F.id(6, born: "19800101"), name: "李明", scheme: .employeeWithoutAccount, region: F.beijing)

    @Test("wrong PINs at one terminal slow that terminal only, at every connection; the operator's unlock clears it",
        arguments: StoreEngine.available)
    func throttlePerTerminal(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let a = try store.service()
        let b = try store.service()
        try a.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        try a.setKioskPin(try KioskPin("739261"), for: F.owner.id, at: t0)
        // Five IDs without a PIN, one wrong PIN each, all at terminal "lobby" through two connections.
        for serial in 10..<15 {
            let service = serial.isMultiple(of: 2) ? a : b
            #expect(
                try service.kioskSignIn(F.id(serial), pin: try KioskPin("402917"), at: t0, terminal: "lobby")
                    == .wrongPin(attemptsLeft: 4))
        }
        let lobby = try b.kioskTerminalState("lobby")
        #expect(lobby.failedCount == 5)
        // The sixth attempt at the lobby must wait, whichever connection asks; the pharmacy is not slowed.
        #expect(
            try a.kioskSignIn(F.owner.id, pin: try KioskPin("739261"), at: t0, terminal: "lobby")
                == .terminalWait(until: t0.adding(seconds: 1)))
        #expect(try b.kioskSignIn(F.owner.id, pin: try KioskPin("739261"), at: t0, terminal: "pharmacy") == .signedIn)
        #expect(try a.kioskTerminalState("pharmacy") == .clear)
        #expect(try b.kioskUnlockTerminal("lobby", at: t0))
        #expect(try a.kioskTerminalState("lobby") == .clear)
        #expect(try a.kioskSignIn(F.owner.id, pin: try KioskPin("739261"), at: t0, terminal: "lobby") == .signedIn)
        let actions = try a.audit(limit: 100).map(\.auditAction)
        #expect(actions.filter { $0 == .kioskFailedPin }.count == 6)
    }

    @Test("an ID without a PIN locks after as many wrong PINs as one with a PIN, counted across connections",
        arguments: StoreEngine.available)
    func noOracleLockShared(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let a = try store.service()
        let b = try store.service()
        let stranger = F.id(20)
        var outcomes: [KioskSignInOutcome] = []
        for i in 0..<5 {
            let service = i.isMultiple(of: 2) ? a : b
            outcomes.append(
                try service.kioskSignIn(
                    stranger, pin: try KioskPin("402917"), at: t0.adding(seconds: Double(i)), terminal: "t\(i)"))
        }
        let until = t0.adding(seconds: 4 + 15 * 60)
        #expect(outcomes == [
            .wrongPin(attemptsLeft: 4), .wrongPin(attemptsLeft: 3), .wrongPin(attemptsLeft: 2),
            .wrongPin(attemptsLeft: 1), .lockedOut(until: until),
        ])
        #expect(
            try a.kioskSignIn(stranger, pin: try KioskPin("402917"), at: t0.adding(seconds: 60), terminal: "t9")
                == .stillLocked(until: until))
    }

    @Test("a relative added at a kiosk is pending at every connection, refuses a PIN, and is confirmed once",
        arguments: StoreEngine.available)
    func pendingShared(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let kiosk = try store.service()
        let counter = try store.service()
        try kiosk.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today)
        try kiosk.apply(
            .addRelative(Self.son, openingBalance: nil, payer: F.owner.id, relation: .son, quota: nil), asOf: F.today,
            atKiosk: true)
        #expect(try counter.store.isPending(Self.son.id))
        #expect(try counter.pendingPersons() == [Self.son.id])
        #expect(try counter.snapshot(asOf: F.today).household.pending == [Self.son.id])
        #expect(try counter.store.isPending(F.owner.id) == false)
        #expect(throws: HouseholdError.self) { try counter.setKioskPin(try KioskPin("739184"), for: Self.son.id, at: t0) }
        try counter.confirmPerson(Self.son.id, asOf: F.today)
        #expect(try kiosk.pendingPersons().isEmpty)
        #expect(throws: (any Error).self) { try counter.confirmPerson(Self.son.id, asOf: F.today) }
        try counter.setKioskPin(try KioskPin("739184"), for: Self.son.id, at: t0)
    }

    /// A store of `engine` filled as a household is: people (one of them employee-insured without an
    /// account), a binding, a payer order, a kiosk-made pending relative, a person's edit (a life
    /// event) and ledger lines.
    static func filled(_ service: HouseholdService) throws {
        try service.addPerson(F.owner, openingBalance: Money(fen: 500_000), asOf: F.today)
        try service.apply(
            .addRelative(F.mother, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil), asOf: F.today)
        try service.apply(.setPayerOrder(beneficiary: F.mother.id, order: [F.owner.id]), asOf: F.today)
        try service.apply(
            .addRelative(son, openingBalance: nil, payer: F.owner.id, relation: .son, quota: nil), asOf: F.today,
            atKiosk: true)
        try service.addPerson(cousin, openingBalance: nil, asOf: F.today)
        _ = try service.editPerson(F.mother.id, PersonEdit(name: "王桂英"), asOf: F.today)
    }

    @Test("an export from SQLite imported into this engine and back into SQLite is the same, row for row",
        arguments: StoreEngine.available)
    func importBothWays(engine: StoreEngine) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let source = try F.service(in: dir)
        try Self.filled(source)
        let first = try source.export()
        #expect(first.pending == [Self.son.id] && !first.personEvents.isEmpty)
        #expect(first.persons.contains { $0.scheme == .employeeWithoutAccount })
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let middle = try store.service()
        try middle.importExport(first)
        let second = try middle.export()
        #expect(second == first)
        // The copy carries on: a new line after the imported ones gets a new id, never an imported one's.
        _ = try middle.pay(beneficiary: F.owner.id, amount: Money(fen: 1_000), asOf: F.today)
        let ids = try middle.export().ledger.map(\.id)
        #expect(Set(ids).count == ids.count)
        let back = try F.service(in: dir, file: "back.sqlite")
        try back.importExport(second)
        #expect(try back.export() == first)
    }

    @Test("import into a store that holds records, or a row the store refuses half-way, leaves nothing behind",
        arguments: StoreEngine.available)
    func importWholeOrNothing(engine: StoreEngine) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let source = try F.service(in: dir)
        try Self.filled(source)
        var export = try source.export()
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let target = try store.service()
        try target.addPerson(F.father, openingBalance: nil, asOf: F.today)
        let before = try target.export()
        #expect(throws: StoreImportRefusal.self) { try target.importExport(export) }
        #expect(try target.export() == before)
        // Straight to the store (no row checks): two ledger lines with one id fail the transaction late,
        // after the people, bindings and events were written; none of them stays.
        let empty = try engine.makeStore()
        defer { empty.cleanup() }
        let raw = try empty.open()
        export.ledger.append(export.ledger[0])
        #expect(throws: (any Error).self) { try raw.importExport(export) }
        #expect(try raw.persons().isEmpty)
        #expect(try raw.pendingPersons().isEmpty)
        #expect(try raw.personEvents().isEmpty)
        #expect(try raw.auditCount() == 0)
    }
}
