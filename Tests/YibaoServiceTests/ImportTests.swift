import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

@Suite("Import of an export, whole or not at all")
struct ImportTests {
    typealias F = Fixtures

    /// A household with people, a binding, a payer order, ledger lines and audit rows.
    static func filled(in dir: TempDir) throws -> HouseholdService {
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: Money(fen: 500_000), asOf: F.today)
        try service.apply(
            .addRelative(F.mother, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil), asOf: F.today)
        try service.apply(.setPayerOrder(beneficiary: F.mother.id, order: [F.owner.id]), asOf: F.today)
        _ = try service.apply(.addPerson(F.father, openingBalance: nil), asOf: F.today)
        return service
    }

    static func json(_ export: StoreExport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(export)
    }

    @Test("export, import into a new store, export again: the same people, bindings, ledger, payer orders and audit")
    func roundTrip() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let source = try Self.filled(in: dir)
        let first = try source.export()
        #expect(!first.ledger.isEmpty && !first.bindings.isEmpty && !first.payerOrders.isEmpty && !first.audit.isEmpty)
        let decoded = try JSONDecoder().decode(StoreExport.self, from: try Self.json(first))
        let target = try F.service(in: dir, file: "copy.sqlite")
        try target.importExport(decoded)
        let second = try target.export()
        #expect(second == first)
        #expect(try Self.json(second) == Self.json(first))
        // And the copy works: its balances are the sums of the lines brought in.
        #expect(try target.snapshot(asOf: F.today).household.accounts[F.owner.id]?.balance == Money(fen: 500_000))
    }

    @Test("a store that already holds records is refused, and nothing is written to it")
    func notEmpty() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let source = try Self.filled(in: dir)
        let export = try source.export()
        let before = try source.export()
        #expect(throws: StoreImportRefusal.self) { try source.importExport(export) }
        #expect(try source.export() == before)
    }

    @Test("a row the model would refuse names the row and writes nothing at all")
    func invalidRow() throws {
        let dir = TempDir()
        defer { dir.remove() }
        var export = try Self.filled(in: dir).export()
        // The binding says a man is the owner's mother: the change that made it would have been refused.
        export.bindings[0] = Binding(
            payer: F.owner.id, beneficiary: F.father.id, relation: .mother, form: .ordered, since: F.today)
        export.payerOrders = []
        let target = try F.service(in: dir, file: "copy.sqlite")
        do {
            try target.importExport(export)
            Issue.record("an impossible binding was imported")
        } catch let refusal as StoreImportRefusal {
            guard case .invalidRow(let row, _) = refusal else {
                Issue.record("\(refusal)")
                return
            }
            #expect(row == "bindings[0]")
            #expect(refusal.message.en.contains("Nothing was imported"))
        }
        #expect(try target.store.persons().isEmpty)
        #expect(try target.store.auditCount() == 0)
    }

    @Test("a name holding bytes that were not UTF-8 (U+FFFD) is refused on import as on any change")
    func damagedName() throws {
        let dir = TempDir()
        defer { dir.remove() }
        var export = try Self.filled(in: dir).export()
        let index = try #require(export.persons.firstIndex { $0.id == F.father.id })
        export.persons[index].name = "\u{FFFD}\u{FFFD}"
        let target = try F.service(in: dir, file: "copy.sqlite")
        #expect(throws: StoreImportRefusal.self) { try target.importExport(export) }
        #expect(try target.store.persons().isEmpty)
        #expect(throws: HouseholdError.notValidText) {
            try target.addPerson(
                Person(id: F.father.id, name: "张\u{FFFD}", scheme: .resident, region: F.beijing), openingBalance: nil,
                asOf: F.today)
        }
    }

    @Test("a guessable PIN is refused by the service with its reason, and none is saved")
    func guessablePin() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        let birth = String(F.owner.id.value.dropFirst(8).prefix(6))  // YYMMDD
        for (digits, reason) in [("0000", GuessablePin.oneDigit), ("123456", .run), (birth, .birthDate)] {
            #expect(throws: reason) { try service.setKioskPin(try KioskPin(digits), for: F.owner.id, at: Moment(seconds: 0)) }
        }
        #expect(try service.store.hasKioskPin(F.owner.id) == false)
        try service.setKioskPin(try KioskPin("739184"), for: F.owner.id, at: Moment(seconds: 0))
        #expect(try service.store.hasKioskPin(F.owner.id))
    }
}
