import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Issue 12, item 2: a change dated after today is refused; one dated in the past is decided against
/// every later day through today, on both sides of each boundary.
@Suite("Dated changes through the service")
struct DatedChangeTests {
    typealias F = Fixtures
    static let yesterday = F.today.adding(days: -1)
    static let tomorrow = F.today.adding(days: 1)
    static let hebei = RegionCode("130100")!
    /// The owner's daughter, insured in Hebei: a quota binding across provinces.
    static let daughter = Person(id: F.id(4, born: "19900101"), name: "张丽", scheme: .resident, region: hebei)

    /// The owner with ¥1,000.00 from ten days ago, and the daughter, over a service whose today is
    /// `F.today`.
    func household(_ dir: TempDir) throws -> HouseholdService {
        let service = try F.service(in: dir) { F.today }
        try service.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today.adding(days: -10))
        try service.addPerson(Self.daughter, openingBalance: nil, asOf: F.today.adding(days: -10))
        return service
    }

    func balance(_ service: HouseholdService, on day: CivilDate = F.today) throws -> Money {
        try service.store.household(asOf: day).accounts[F.owner.id]?.balance ?? .zero
    }

    @Test("a change dated today is saved, and every change dated tomorrow is refused with its reason")
    func futureRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try household(dir)
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: F.today)
        let refusal = DatedChangeRefusal.future(date: Self.tomorrow, today: F.today)
        #expect(throws: refusal) {
            try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: Self.tomorrow)
        }
        #expect(throws: refusal) { try service.pay(beneficiary: F.owner.id, amount: Money(fen: 100), asOf: Self.tomorrow) }
        #expect(throws: refusal) { try service.addPerson(F.mother, openingBalance: nil, asOf: Self.tomorrow) }
        #expect(throws: refusal) {
            try service.bind(
                payer: F.owner.id, beneficiary: Self.daughter.id, relation: .daughter, quota: Money(fen: 100),
                asOf: Self.tomorrow)
        }
        let decadesAhead = CivilDate(year: 2062, month: 3, day: 15)!
        #expect(throws: DatedChangeRefusal.future(date: decadesAhead, today: F.today)) {
            try service.pay(beneficiary: F.owner.id, amount: Money(fen: 377_810), asOf: decadesAhead)
        }
        #expect(try balance(service, on: decadesAhead) == Money(fen: 100_100))
        #expect(refusal.message.en.contains("has not come yet"))
        #expect(refusal.message.zh.contains("还没有到"))
    }

    @Test("a payer order dated tomorrow is refused too, with or without the order it was decided on")
    func futurePayerOrderRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try household(dir)
        try service.bind(
            payer: F.owner.id, beneficiary: Self.daughter.id, relation: .daughter, quota: Money(fen: 100), asOf: F.today)
        let refusal = DatedChangeRefusal.future(date: Self.tomorrow, today: F.today)
        #expect(throws: refusal) {
            try service.setPayerOrder(beneficiary: Self.daughter.id, order: [F.owner.id], asOf: Self.tomorrow)
        }
        #expect(throws: refusal) {
            try service.apply(
                .setPayerOrder(beneficiary: Self.daughter.id, order: [F.owner.id], basis: [F.owner.id]),
                asOf: Self.tomorrow)
        }
    }

    @Test("a payment dated yesterday may leave exactly nothing today, and is refused one fen beyond")
    func pastPaymentAgainstToday() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try household(dir)
        try service.pay(beneficiary: F.owner.id, amount: Money(fen: 60_000), asOf: F.today)
        // Yesterday the account held ¥1,000.00, so the engine takes ¥400.01 from it; today's ¥600.00 is spent.
        let short = DatedChangeRefusal.shortfall(
            Shortfall(account: F.owner.id, day: F.today, balance: Money(fen: -1), earmarked: .zero),
            name: F.owner.name, date: Self.yesterday)
        #expect(throws: short) { try service.pay(beneficiary: F.owner.id, amount: Money(fen: 40_001), asOf: Self.yesterday) }
        #expect(try balance(service) == Money(fen: 40_000))
        #expect(short.message.en.contains("15 March 2026"))
        #expect(short.message.zh.contains("2026年3月15日"))

        try service.pay(beneficiary: F.owner.id, amount: Money(fen: 40_000), asOf: Self.yesterday)
        #expect(try balance(service) == .zero)
        #expect(try balance(service, on: Self.yesterday) == Money(fen: 60_000))
    }

    @Test("the issue's case: a payment dated yesterday after today's spent the money is refused, no balance below zero")
    func issueExample() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try household(dir)
        try service.pay(beneficiary: F.owner.id, amount: Money(fen: 90_000), asOf: F.today)
        #expect(throws: DatedChangeRefusal.self) {
            try service.pay(beneficiary: F.owner.id, amount: Money(fen: 50_000), asOf: Self.yesterday)
        }
        #expect(try balance(service) == Money(fen: 10_000))
        #expect(try service.store.ledger(of: F.owner.id, offset: 0, limit: 100).count == 2)
    }

    @Test("a quota dated yesterday may set aside exactly what is left today, and not one fen more")
    func pastQuotaAgainstToday() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try household(dir)
        try service.pay(beneficiary: F.owner.id, amount: Money(fen: 60_000), asOf: F.today)
        let over = DatedChangeRefusal.shortfall(
            Shortfall(account: F.owner.id, day: F.today, balance: Money(fen: 40_000), earmarked: Money(fen: 40_001)),
            name: F.owner.name, date: Self.yesterday)
        #expect(throws: over) {
            try service.bind(
                payer: F.owner.id, beneficiary: Self.daughter.id, relation: .daughter, quota: Money(fen: 40_001),
                asOf: Self.yesterday)
        }
        #expect(over.message.en.contains("set aside for relatives' quotas"))
        #expect(try service.store.bindings().isEmpty)
        try service.bind(
            payer: F.owner.id, beneficiary: Self.daughter.id, relation: .daughter, quota: Money(fen: 40_000),
            asOf: Self.yesterday)
        let today = try service.store.household(asOf: F.today)
        #expect(today.room(of: F.owner.id) == .zero)
    }

    @Test("adding a relative with a quota dated in the past is refused whole when a later day cannot hold it")
    func addRelativeWithQuota() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir) { F.today }
        try service.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today.adding(days: -10))
        try service.pay(beneficiary: F.owner.id, amount: Money(fen: 90_000), asOf: F.today)
        #expect(throws: DatedChangeRefusal.self) {
            try service.apply(
                .addRelative(
                    Self.daughter, openingBalance: nil, payer: F.owner.id, relation: .daughter,
                    quota: Money(fen: 50_000)),
                asOf: Self.yesterday)
        }
        #expect(try service.store.persons().count == 1)
    }

    @Test("a credit dated in the past is saved even on an account an old record left short")
    func creditNeverRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try household(dir)
        try service.pay(beneficiary: F.owner.id, amount: Money(fen: 90_000), asOf: F.today)
        // An old record made before this rule, straight through the store: yesterday's spending too much.
        try service.store.change(asOf: Self.yesterday, action: .pay, summary: "old record") { _ in
            [
                .addLedgerEntry(
                    LedgerEntry(
                        account: F.owner.id, date: Self.yesterday, kind: .ownSpending, amount: Money(fen: -50_000)))
            ]
        }
        #expect(try balance(service) == Money(fen: -40_000))
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: Self.yesterday)
        #expect(throws: DatedChangeRefusal.self) {
            try service.pay(beneficiary: F.owner.id, amount: Money(fen: 100), asOf: Self.yesterday.adding(days: -5))
        }
        #expect(try balance(service) == Money(fen: -39_900))
    }
}
