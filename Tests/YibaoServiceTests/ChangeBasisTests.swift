import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// A change carries what it was decided on; the service checks it inside the change's transaction and
/// writes nothing when it changed meanwhile (no lost updates between two apps on one store).
@Suite("Changes decided on what changed meanwhile")
struct ChangeBasisTests {
    typealias F = Fixtures

    static let son = Person(id: F.id(5, born: "19850101"), name: "张伟", scheme: .employee, region: F.beijing)
    static let daughter = Person(id: F.id(6, born: "19870101"), name: "张丽", scheme: .employee, region: F.beijing)

    /// A store where the owner, his son and his daughter pay for his mother, in that order; and two
    /// services over the one file, as two processes would have.
    static func twoWriters(_ dir: TempDir) throws -> (HouseholdService, HouseholdService) {
        let first = try F.service(in: dir)
        try first.addPerson(F.owner, openingBalance: Money(fen: 50_000), asOf: F.today)
        try first.addPerson(F.mother, openingBalance: nil, asOf: F.today)
        try first.addPerson(son, openingBalance: Money(fen: 10_000), asOf: F.today)
        try first.addPerson(daughter, openingBalance: Money(fen: 10_000), asOf: F.today)
        try first.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: F.today)
        for grandchild in [son, daughter] {
            try first.bind(
                payer: grandchild.id, beneficiary: F.mother.id, relation: .paternalGrandmother, quota: nil,
                asOf: F.today)
        }
        let second = HouseholdService(store: try Store.open(path: dir.file("yibao.sqlite")), policy: F.policy)
        return (first, second)
    }

    @Test("A payer order decided on an order that was changed elsewhere meanwhile is refused and writes nothing")
    func staleOrderRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (first, second) = try Self.twoWriters(dir)
        let shown = [F.owner.id, Self.son.id, Self.daughter.id]
        #expect(try second.household(asOf: F.today).payerOrder(for: F.mother.id) == shown)

        // Both started from the same saved order; the first saves.
        let firstOrder = [Self.son.id, F.owner.id, Self.daughter.id]
        try first.apply(.setPayerOrder(beneficiary: F.mother.id, order: firstOrder, basis: shown), asOf: F.today)
        let auditRows = try first.audit(limit: 100).count

        // The second's save was decided on the order before: refused, with the order in use now in words.
        let secondOrder = [Self.daughter.id, Self.son.id, F.owner.id]
        #expect(throws: ChangeOutdated(current: ["张伟", "张建国", "张丽"])) {
            try second.apply(.setPayerOrder(beneficiary: F.mother.id, order: secondOrder, basis: shown), asOf: F.today)
        }
        #expect(try second.household(asOf: F.today).payerOrder(for: F.mother.id) == firstOrder)
        #expect(try first.audit(limit: 100).count == auditRows)

        // Decided again on the order in use now, it is saved.
        try second.apply(
            .setPayerOrder(beneficiary: F.mother.id, order: secondOrder, basis: firstOrder), asOf: F.today)
        #expect(try first.household(asOf: F.today).payerOrder(for: F.mother.id) == secondOrder)
    }

    @Test("The refusal says in both languages that the order changed elsewhere and names the order in use")
    func refusalWords() {
        let refusal = ChangeOutdated(current: ["张伟", "张建国"])
        #expect(refusal.message.zh == "没有保存：另一处刚改了扣款顺序，现在用的是：张伟、张建国。")
        #expect(
            refusal.message.en
                == "Not saved: the payer order was changed elsewhere meanwhile. The order in use now is: 张伟, 张建国.")
    }

    @Test("Without a basis (the command line) the last writer wins")
    func noBasisLastWriterWins() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (first, second) = try Self.twoWriters(dir)
        try first.apply(
            .setPayerOrder(beneficiary: F.mother.id, order: [Self.son.id, F.owner.id, Self.daughter.id]),
            asOf: F.today)
        let last = [Self.daughter.id, F.owner.id, Self.son.id]
        try second.apply(.setPayerOrder(beneficiary: F.mother.id, order: last), asOf: F.today)
        #expect(try first.household(asOf: F.today).payerOrder(for: F.mother.id) == last)
    }

    @Test("Ending a binding that another writer already ended is refused and writes nothing")
    func unbindAlreadyGone() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (first, second) = try Self.twoWriters(dir)
        try first.apply(.unbind(payer: Self.son.id, beneficiary: F.mother.id), asOf: F.today)
        let auditRows = try first.audit(limit: 100).count
        #expect(throws: BindingRefused.self) {
            try second.apply(.unbind(payer: Self.son.id, beneficiary: F.mother.id), asOf: F.today)
        }
        #expect(try first.audit(limit: 100).count == auditRows)
    }

    @Test("Adding someone another writer already added is refused and writes nothing")
    func addAlreadyAdded() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (first, second) = try Self.twoWriters(dir)
        let wife = Person(id: F.id(8, born: "19620101"), name: "李秀英", scheme: .employee, region: F.beijing)
        try first.apply(.addPerson(wife, openingBalance: Money(fen: 100)), asOf: F.today)
        let auditRows = try first.audit(limit: 100).count
        #expect(throws: (any Error).self) {
            try second.apply(.addPerson(wife, openingBalance: Money(fen: 100)), asOf: F.today)
        }
        #expect(try first.audit(limit: 100).count == auditRows)
        #expect(try first.household(asOf: F.today).accounts[wife.id]?.balance == Money(fen: 100))
    }
}
