import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("Reading a household and ledgers")
struct HouseholdTests {
    let people = [
        Fixtures.person(1, name: "王芳", owner: true), Fixtures.person(2, name: "张秀英", scheme: .resident),
        Fixtures.person(3, name: "王强"), Fixtures.person(4, name: "王小明", scheme: .resident),
    ]
    var ids: [ResidentID] { people.map(\.id) }

    @Test(
        "account totals summed by SQL equal the model's AccountTotals for a random ledger over several years",
        arguments: [
            "2019-12-31", "2020-01-01", "2021-06-30", "2023-02-28", "2024-12-31", "2025-01-01", "2025-06-15",
            "2018-01-01",
        ])
    func totalsMatchModel(asOf text: String) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        var rng = SeededGenerator(seed: 2025)
        let entries = randomLedger(
            count: 3_000, accounts: [ids[0], ids[2]], relatives: ids, from: Fixtures.date("2019-01-01"),
            to: Fixtures.date("2025-12-31"), using: &rng)
        try store.bulkInsertLedger(entries)
        let date = Fixtures.date(text)
        let household = try store.household(asOf: date)
        #expect(Set(household.accounts.keys) == Set(entries.map(\.account)))
        for account in Set(entries.map(\.account)) {
            let expected = AccountTotals(account: account, entries: entries, asOf: date)
            #expect(household.accounts[account] == expected, "account \(account.masked) as of \(text)")
        }
        #expect(household.date == date)
        #expect(household.persons.count == people.count)
    }

    @Test("quota used counts only the payer's spending on that relative since the binding began, up to the date")
    func quotaUsed() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        let payer = ids[2]
        let mother = ids[1]
        let quota = Binding(
            payer: payer, beneficiary: mother, relation: .mother, form: .quota(Money(fen: 500_000)),
            since: Fixtures.date("2025-01-09"))
        let ordered = Binding(
            payer: ids[0], beneficiary: mother, relation: .mother, form: .ordered, since: Fixtures.date("2024-01-01"))
        func line(_ account: ResidentID, _ date: String, _ kind: LedgerEntry.Kind, _ fen: Int64, _ who: ResidentID?)
            -> LedgerEntry
        {
            LedgerEntry(
                account: account, date: Fixtures.date(date), kind: kind, amount: Money(fen: fen), counterparty: who)
        }
        let entries = [
            line(payer, "2025-01-08", .relativeSpending, -1_000, mother),  // before the binding
            line(payer, "2025-01-09", .relativeSpending, -2_000, mother),
            line(payer, "2025-03-01", .relativeSpending, -3_000, mother),
            line(payer, "2025-03-02", .relativeSpending, -4_000, ids[3]),  // another relative
            line(payer, "2025-03-03", .premiumForRelative, -5_000, mother),  // a premium, not spending
            line(ids[0], "2025-03-04", .relativeSpending, -6_000, mother),  // another payer
            line(payer, "2025-07-01", .relativeSpending, -7_000, mother),  // after the date
        ]
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in
            [.addBinding(ordered), .addBinding(quota)] + entries.map(Change.addLedgerEntry)
        }
        let household = try store.household(asOf: Fixtures.today)
        #expect(household.quotaUsed == [Household.QuotaKey(payer: payer, beneficiary: mother): Money(fen: 5_000)])
        #expect(household.bindings == [ordered, quota])
        let later = try store.household(asOf: Fixtures.date("2025-12-31"))
        #expect(later.quotaUsed[Household.QuotaKey(payer: payer, beneficiary: mother)] == Money(fen: 12_000))
    }

    @Test("ledger pages are newest first (date, then order saved) and together hold every line once")
    func paging() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        var rng = SeededGenerator(seed: 11)
        let dates = ["2025-01-01", "2025-03-15", "2024-12-31", "2025-03-15", "2023-07-01"]
        var saved: [LedgerEntry] = []
        for n in 0..<23 {
            let entry = LedgerEntry(
                account: ids[0], date: Fixtures.date(dates.randomElement(using: &rng)!), kind: .credit,
                amount: Money(fen: Int64(n + 1)), note: "line \(n)")
            let changes = try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
                [
                    .addLedgerEntry(entry),
                    .addLedgerEntry(
                        LedgerEntry(account: ids[2], date: entry.date, kind: .credit, amount: Money(fen: 1))),
                ]
            }
            if case .addLedgerEntry(let line) = changes[0] { saved.append(line) }
        }
        let expected = saved.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        var pages: [LedgerEntry] = []
        var offset = 0
        while true {
            let page = try store.ledger(of: ids[0], offset: offset, limit: 7)
            if page.isEmpty { break }
            #expect(page.count <= 7)
            pages += page
            offset += page.count
        }
        #expect(pages == expected)
        #expect(try store.ledgerCount(of: ids[0]) == 23)
        #expect(try store.ledger(of: ids[0], offset: 100, limit: 7).isEmpty)
    }

    @Test("export holds everything and survives a JSON round trip")
    func export() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        let binding = Binding(
            payer: ids[0], beneficiary: ids[1], relation: .mother, form: .ordered, since: Fixtures.today)
        try store.change(asOf: Fixtures.today, action: .bind, summary: "bind") { _ in
            [
                .addBinding(binding), .setPayerOrder(PayerOrder(beneficiary: ids[1], payers: [ids[0]])),
                .addLedgerEntry(
                    LedgerEntry(account: ids[0], date: Fixtures.today, kind: .credit, amount: Money(fen: 9))),
            ]
        }
        let exported = try store.export()
        #expect(exported.format == "yibao-store")
        #expect(exported.schemaVersion == Schema.version)
        #expect(exported.persons.count == 4)
        #expect(exported.bindings == [binding])
        #expect(exported.payerOrders == [PayerOrder(beneficiary: ids[1], payers: [ids[0]])])
        #expect(exported.ledger.map(\.amount) == [Money(fen: 9)])
        #expect(exported.audit.map(\.action) == ["person.add", "bind"])
        #expect(exported.lastChange == exported.audit.last?.at)
        let json = try JSONEncoder().encode(exported)
        #expect(try JSONDecoder().decode(StoreExport.self, from: json) == exported)
    }

    @Test("a household of 100,000 ledger lines is summed by SQL (time printed) and matches the model")
    func hundredThousandLines() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        var rng = SeededGenerator(seed: 100_000)
        let entries = randomLedger(
            count: 100_000, accounts: [ids[0], ids[2]], relatives: ids, from: Fixtures.date("2005-01-01"),
            to: Fixtures.today, using: &rng)
        let clock = ContinuousClock()
        let insert = try clock.measure { try store.bulkInsertLedger(entries) }
        var household: Household?
        let read = try clock.measure { household = try store.household(asOf: Fixtures.today) }
        let again = try clock.measure { _ = try store.household(asOf: Fixtures.date("2024-06-30")) }
        let page = try clock.measure { _ = try store.ledger(of: ids[0], offset: 0, limit: 50) }
        print("100k ledger lines: bulk insert \(insert), household(asOf:) \(read) then \(again), first page \(page)")
        #expect(try store.ledgerCount(of: ids[0]) + store.ledgerCount(of: ids[2]) == 100_000)
        try store.close()
        let reopen = try clock.measure { _ = try Store.open(path: store.path, create: false) }
        print("100k ledger lines: reopening (with the damage check) \(reopen)")
        #expect(household?.accounts[ids[0]] == AccountTotals(account: ids[0], entries: entries, asOf: Fixtures.today))
    }
}
