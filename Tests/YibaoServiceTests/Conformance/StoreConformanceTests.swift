import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Issue 16: ONE suite, every store behaviour the service relies on, run against both engines (the
/// SQLite file and the fleet's PostgreSQL server). Each test gets a new store of its engine.
@Suite("Store conformance on every engine")
struct StoreConformanceTests {
    typealias F = Fixtures
    static let son = Person(id: F.id(5, born: "19850101"), name: "张伟", scheme: .employee, region: F.beijing)
    static let latin = Person(id: F.id(7, born: "19800101"), name: "Zhang Wei", scheme: .employee, region: F.beijing)

    @Test("persons read back as saved: the owner first, then by name as bytes, then by ID", arguments: StoreEngine.available)
    func personsInOrder(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        for person in [Self.son, F.mother, Self.latin, F.owner] {
            try service.addPerson(person, openingBalance: nil, asOf: F.today)
        }
        // "Zhang Wei" (Latin) before the Chinese names; 张 (E5 BC A0) before 王 (E7 8E 8B) by bytes.
        #expect(try service.persons().map(\.name) == ["张建国", "Zhang Wei", "张伟", "王桂兰"])
        #expect(try service.owner() == F.owner)
        #expect(try service.person(F.mother.id) == F.mother)
        #expect(try service.person(F.father.id) == nil)
        #expect(try service.isEmpty() == false)
    }

    @Test("credits and payments: every balance equals its ledger, pages come newest first", arguments: StoreEngine.available)
    func ledgerAndBalances(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        #expect(try service.isEmpty())
        try service.addPerson(F.owner, openingBalance: Money(fen: 10_000), asOf: F.today.adding(days: -400))
        for n in 1...12 {
            try service.credit(account: F.owner.id, amount: Money(fen: Int64(n * 100)), note: "n\(n)", asOf: F.today.adding(days: -n))
        }
        _ = try service.pay(beneficiary: F.owner.id, amount: Money(fen: 2_345), asOf: F.today)
        let ledger = try service.ledger(of: F.owner.id, offset: 0, limit: 100)
        #expect(ledger.count == 14)
        #expect(ledger.first?.date == F.today)
        #expect(ledger.map(\.date) == ledger.map(\.date).sorted(by: >))
        var sum: Int64 = 0
        for line in ledger { sum += line.amount.fen }
        /// Opening ¥100.00 plus the credits of `days` days back and more.
        func expected(from days: Int) -> Int64 {
            var total: Int64 = 10_000
            for n in days...12 { total += Int64(n * 100) }
            return total
        }
        let totals = try #require(try service.household(asOf: F.today).accounts[F.owner.id])
        #expect(totals.balance.fen == sum)
        // Today is 15 March 2026: every credit is this year's; the opening, 400 days back, is before it.
        #expect(totals.balanceAtStartOfYear.fen == 10_000)
        let page = try service.ledger(of: F.owner.id, offset: 10, limit: 3)
        #expect(page == Array(ledger[10..<13]))
        #expect(try service.store.ledgerCount(of: F.owner.id) == 14)
        #expect(try service.store.ledgerCounts() == [F.owner.id: 14])
        // As of a day before the later lines, they are not counted.
        let earlier = try #require(try service.household(asOf: F.today.adding(days: -6)).accounts[F.owner.id])
        let asOfSixDaysBack = expected(from: 6)
        #expect(earlier.balance.fen == asOfSixDaysBack)
    }

    @Test("a refused change writes nothing: no row, no audit line, no last-change time", arguments: StoreEngine.available)
    func refusalWritesNothing(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try service.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today)
        let audit = try service.store.auditCount()
        let last = try service.store.lastChange()
        #expect(throws: BindingRefused.self) {
            try service.apply(
                .addRelative(F.father, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil),
                asOf: F.today)
        }
        #expect(try service.person(F.father.id) == nil)
        #expect(try service.store.bindings().isEmpty)
        #expect(try service.store.auditCount() == audit)
        #expect(try service.store.lastChange() == last)
    }

    @Test("one intent is one transaction with ONE audit row, its changes in the row's detail", arguments: StoreEngine.available)
    func oneAuditRow(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        let before = try service.store.auditCount()
        try service.apply(
            .addRelative(F.mother, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil), asOf: F.today)
        #expect(try service.store.auditCount() == before + 1)
        let row = try #require(try service.audit(limit: 1).first)
        #expect(row.auditAction == .relativeAdd)
        #expect(row.detail.contains("addPerson") && row.detail.contains("addBinding"))
        #expect(try service.store.bindings().map(\.beneficiary) == [F.mother.id])
        #expect(try service.store.lastChange() == row.at)
        let removed = try service.unbind(payer: F.owner.id, beneficiary: F.mother.id, asOf: F.today)
        #expect(removed == .zero)
        #expect(try service.store.bindings().isEmpty)
        #expect(try service.audit(limit: 1).first?.auditAction == .unbind)
    }

    @Test("the demo household loads whole, and one refused step leaves the store empty", arguments: StoreEngine.available)
    func demoAllOrNothing(engine: StoreEngine) throws {
        let good = try engine.makeStore()
        defer { good.cleanup() }
        let service = try good.service()
        try service.loadDemo(asOf: F.today)
        #expect(try service.audit(limit: 10).map(\.auditAction) == [.demo])
        #expect(try service.persons().count == 5)
        #expect(try service.store.bindings().count == 4)

        let bad = try engine.makeStore()
        defer { bad.cleanup() }
        var text = try #require(HouseholdService.embeddedDemo)
        let payments = try #require(text.range(of: "\npayments:"))
        text.insert(
            contentsOf:
                "\n  - { payer: \"110105195603100015\", beneficiary: \"110105198304120036\", relation: mother }\n",
            at: payments.lowerBound)
        let refused = HouseholdService(store: try bad.open(), policy: F.policy, demoText: text)
        #expect(throws: BindingRefused.self) { try refused.loadDemo(asOf: F.today) }
        #expect(try refused.isEmpty())
        #expect(try refused.store.auditCount() == 0)
        #expect(try refused.store.lastChange() == nil)
    }

    @Test("dated changes: tomorrow refused; yesterday decided against every day through today", arguments: StoreEngine.available)
    func datedChanges(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        let yesterday = F.today.adding(days: -1)
        try service.addPerson(F.owner, openingBalance: Money(fen: 100_000), asOf: F.today.adding(days: -10))
        #expect(throws: DatedChangeRefusal.future(date: F.today.adding(days: 1), today: F.today)) {
            try service.credit(account: F.owner.id, amount: Money(fen: 1), asOf: F.today.adding(days: 1))
        }
        _ = try service.pay(beneficiary: F.owner.id, amount: Money(fen: 60_000), asOf: F.today)
        let short = DatedChangeRefusal.shortfall(
            Shortfall(account: F.owner.id, day: F.today, balance: Money(fen: -1), earmarked: .zero),
            name: F.owner.name, date: yesterday)
        #expect(throws: short) { try service.pay(beneficiary: F.owner.id, amount: Money(fen: 40_001), asOf: yesterday) }
        _ = try service.pay(beneficiary: F.owner.id, amount: Money(fen: 40_000), asOf: yesterday)
        #expect(try service.household(asOf: F.today).accounts[F.owner.id]?.balance == .zero)
    }

    @Test("a payer order decided on an order changed elsewhere is refused and writes nothing", arguments: StoreEngine.available)
    func outdatedOrder(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let first = try store.service()
        try first.addPerson(F.owner, openingBalance: Money(fen: 50_000), asOf: F.today)
        try first.addPerson(F.mother, openingBalance: nil, asOf: F.today)
        try first.addPerson(Self.son, openingBalance: Money(fen: 10_000), asOf: F.today)
        try first.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: F.today)
        try first.bind(
            payer: Self.son.id, beneficiary: F.mother.id, relation: .paternalGrandmother, quota: nil, asOf: F.today)
        let second = try store.service()
        let shown = [F.owner.id, Self.son.id]
        #expect(try second.household(asOf: F.today).payerOrder(for: F.mother.id) == shown)
        try first.apply(.setPayerOrder(beneficiary: F.mother.id, order: [Self.son.id, F.owner.id], basis: shown), asOf: F.today)
        let rows = try first.store.auditCount()
        #expect(throws: ChangeOutdated(current: ["张伟", "张建国"])) {
            try second.apply(.setPayerOrder(beneficiary: F.mother.id, order: shown, basis: shown), asOf: F.today)
        }
        #expect(try second.store.auditCount() == rows)
        #expect(try second.store.payerOrders() == [PayerOrder(beneficiary: F.mother.id, payers: [Self.son.id, F.owner.id])])
    }

    @Test("the change mark moves for another connection's commit, never for this store's own", arguments: StoreEngine.available)
    func changeMark(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        let mark = try service.changeMark()
        #expect(try service.changeMark() == mark)
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: F.today)
        #expect(try service.changeMark() == mark, "the store's own change moved its mark")
        let other = try store.service()
        let otherMark = try other.changeMark()
        try other.credit(account: F.owner.id, amount: Money(fen: 1), asOf: F.today)
        let after = try service.changeMark()
        #expect(after != mark, "another connection's commit did not move the mark")
        #expect(try other.changeMark() == otherMark)
        #expect(try service.changeMark() == after)
    }

    @Test("a snapshot is one consistent read while another connection writes", arguments: StoreEngine.available)
    func snapshotConsistent(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try service.addPerson(F.owner, openingBalance: Money(fen: 1_000), asOf: F.today)
        let writer = try store.open()
        let done = Flag()
        let thread = Thread {
            for n in 0..<150 {
                _ = try? writer.change(asOf: F.today, action: .credit, summary: "credit \(n)") {
                    try $0.credit(account: F.owner.id, amount: Money(fen: 1))
                }
            }
            done.set()
        }
        thread.start()
        var snapshots = 0
        repeat {
            let snapshot = try service.snapshot(asOf: F.today)
            let balance = try #require(snapshot.household.accounts[F.owner.id]).balance.fen
            let lines = try #require(snapshot.ledgerCounts[F.owner.id])
            #expect(balance == 1_000 + Int64(lines - 1), "a snapshot mixed two moments: \(balance) fen, \(lines) lines")
            #expect(snapshot.owner == F.owner.id)
            snapshots += 1
        } while !done.isSet
        #expect(snapshots > 0)
        #expect(try service.snapshot(asOf: F.today).ledgerCounts[F.owner.id] == 151)
    }

    @Test("four connections crediting at once lose nothing: the balance equals the ledger", arguments: StoreEngine.available)
    func concurrentWriters(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        let failures = Tally()
        let finished = DispatchGroup()
        for _ in 0..<4 {
            let writer = try store.open()
            finished.enter()
            Thread {
                for _ in 0..<40 {
                    do {
                        try writer.change(asOf: F.today, today: F.today, action: .credit, summary: "credit") {
                            try $0.credit(account: F.owner.id, amount: Money(fen: 3))
                        }
                    } catch {
                        failures.add()
                    }
                }
                finished.leave()
            }.start()
        }
        finished.wait()
        #expect(failures.value == 0)
        #expect(try service.household(asOf: F.today).accounts[F.owner.id]?.balance == Money(fen: 480))
        #expect(try service.store.ledgerCount(of: F.owner.id) == 160)
        #expect(try service.store.auditCount() == 161)
    }

    @Test("export holds every person, binding, order, ledger line and audit row", arguments: StoreEngine.available)
    func export(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        try service.loadDemo(asOf: F.today)
        let export = try service.export()
        #expect(export.format == "yibao-store")
        #expect(export.persons.count == 5)
        #expect(export.bindings.count == 4)
        var lines = 0
        for count in try service.store.ledgerCounts().values { lines += count }
        #expect(export.ledger.count == lines)
        #expect(export.audit.count == 1)
        #expect(export.lastChange == (try service.store.lastChange()))
    }

    @Test("a preference is kept and read back, and is not an audited change", arguments: StoreEngine.available)
    func preferences(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        #expect(service.rememberedLanguage() == nil)
        service.rememberLanguage(.en)
        #expect(service.rememberedLanguage() == .en)
        service.rememberLanguage(.zhHans)
        #expect(try store.service().rememberedLanguage() == .zhHans)
        #expect(try service.store.auditCount() == 0)
    }
    /// Issue 13: Shanghai's insurance year (July to June, regions.yaml) on every engine.
    static let shanghaiPayer = Person(
        id: F.id(9, born: "19700101"), name: "张丽", scheme: .employee, region: RegionCode("310104")!)

    @Test(
        "a Shanghai account's prior-years money turns over on 1 July, in reads and in a quota's check",
        arguments: StoreEngine.available)
    func shanghaiInsuranceYear(engine: StoreEngine) throws {
        let store = try engine.makeStore()
        defer { store.cleanup() }
        let service = try store.service()
        let day = { (text: String) in CivilDate(iso: text)! }
        try service.addPerson(Self.shanghaiPayer, openingBalance: Money(fen: 100_000), asOf: day("2024-03-01"))
        try service.addPerson(F.mother, openingBalance: nil, asOf: day("2024-03-01"))
        try service.credit(account: Self.shanghaiPayer.id, amount: Money(fen: 60_000), asOf: day("2024-09-01"))
        let june = try #require(try service.household(asOf: day("2025-06-30")).accounts[Self.shanghaiPayer.id])
        #expect(june.yearStart == day("2024-07-01"))
        #expect(june.priorYearsRemaining == Money(fen: 100_000))
        let july = try #require(try service.snapshot(asOf: day("2025-07-01")).household.accounts[Self.shanghaiPayer.id])
        #expect(july.yearStart == day("2025-07-01"))
        #expect(july.priorYearsRemaining == Money(fen: 160_000))
        #expect(july.thisYearByKind.isEmpty)
        // A quota across provinces may come only from prior-years money in Shanghai.
        #expect(throws: BindingRefused.self) {
            try service.bind(
                payer: Self.shanghaiPayer.id, beneficiary: F.mother.id, relation: .mother,
                quota: Money(fen: 120_000), asOf: day("2025-06-30"))
        }
        try service.bind(
            payer: Self.shanghaiPayer.id, beneficiary: F.mother.id, relation: .mother, quota: Money(fen: 120_000),
            asOf: day("2025-07-01"))
        #expect(try service.store.bindings().count == 1)
    }
}

/// A count several threads add to.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
