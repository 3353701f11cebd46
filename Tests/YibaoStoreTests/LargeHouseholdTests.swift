import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

/// The owner, 50 relatives and 100,000 ledger lines: every read the screens make (the household as of
/// a date, ledger counts and pages, the owner, the last change, payer orders) must give the same
/// figures as the model summing the same lines in memory. Speed is the benchmark's business.
@Suite("A large household: 50 relatives and 100,000 ledger lines")
struct LargeHouseholdTests {
    static let relatives = 50

    struct Fixture {
        let store: Store
        let persons: [Person]
        let entries: [LedgerEntry]
        let bindings: [Binding]
    }

    func build(_ dir: TempDir) throws -> Fixture {
        let owner = Fixtures.person(0, name: "户主", owner: true)
        var persons = [owner]
        for n in 1...Self.relatives {
            // Every third relative has resident insurance (no personal account), the rest employee.
            let scheme: Scheme = n % 3 == 0 ? .resident : .employee
            persons.append(
                Person(
                    id: Fixtures.id(n), name: "亲属\(n)", scheme: scheme,
                    region: n % 7 == 0 ? Fixtures.shanghai : Fixtures.beijing,
                    isOwner: false))
        }
        let store = try Fixtures.store(in: dir, persons: persons, options: .init(dailyBackups: false))
        let accounts = persons.filter(\.hasPersonalAccount).map(\.id)
        var rng = SeededGenerator(seed: 50_100_000)
        let entries = randomLedger(
            count: 100_000, accounts: accounts, relatives: persons.map(\.id),
            from: Fixtures.date("2010-01-01"),
            to: Fixtures.date("2025-12-31"), using: &rng)
        try store.bulkInsertLedger(entries)
        // Bindings through the store's own change path: the owner pays for ten relatives (ordered in
        // Beijing, with a quota in Shanghai), and two more payers pay for relative 3.
        var bindings: [Binding] = []
        for n in [3, 6, 7, 9, 12, 14, 15, 18, 21, 24] {
            let quota: Money? = persons[n].region == Fixtures.shanghai ? Money(fen: 50_000) : nil
            let binding = Binding(
                payer: owner.id, beneficiary: persons[n].id, relation: .mother,
                form: quota.map { .quota($0) } ?? .ordered, since: Fixtures.date("2015-01-01"))
            bindings.append(binding)
        }
        for payer in [1, 2] {
            bindings.append(
                Binding(
                    payer: persons[payer].id, beneficiary: persons[3].id, relation: .mother, form: .ordered,
                    since: Fixtures.date("2016-01-01")))
        }
        try store.change(asOf: Fixtures.today, action: .bind, summary: "bindings") { _ in
            bindings.map(Change.addBinding)
                + [
                    .setPayerOrder(
                        PayerOrder(
                            beneficiary: persons[3].id, payers: [persons[2].id, owner.id, persons[1].id]))
                ]
        }
        return Fixture(store: store, persons: persons, entries: entries, bindings: bindings)
    }

    @Test("the household as of several dates matches the model's sums for every one of the 51 people")
    func householdSums() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let f = try build(dir)
        #expect(try f.store.persons().count == Self.relatives + 1)
        for date in ["2025-06-15", "2025-12-31", "2019-02-28", "2010-01-01", "2009-12-31"].map(
            Fixtures.date)
        {
            let household = try f.store.household(asOf: date)
            #expect(household.persons.count == Self.relatives + 1)
            for person in f.persons where person.hasPersonalAccount {
                let expected = AccountTotals(account: person.id, entries: f.entries, asOf: date)
                #expect(
                    household.accounts[person.id] ?? AccountTotals(account: person.id) == expected,
                    "\(person.name) as of \(date.iso)")
            }
            for binding in f.bindings {
                guard case .quota = binding.form else { continue }
                let spent = f.entries.filter {
                    $0.account == binding.payer && $0.counterparty == binding.beneficiary
                        && $0.kind == .relativeSpending
                        && $0.date >= binding.since && $0.date <= date
                }.reduce(Money.zero) { $0 + $1.amount }
                let key = Household.QuotaKey(payer: binding.payer, beneficiary: binding.beneficiary)
                #expect(household.quotaUsed[key] == -spent, "quota used by \(binding.beneficiary.masked)")
            }
        }
        let household = try f.store.household(asOf: Fixtures.today)
        #expect(household.bindings.count == f.bindings.count)
        #expect(
            household.payerOrder(for: f.persons[3].id) == [
                f.persons[2].id, f.persons[0].id, f.persons[1].id,
            ])
        #expect(try f.store.owner() == f.persons[0])
        #expect(try f.store.lastChange() != nil)
    }

    @Test(
        "every account's ledger, read page by page as the Balance screen does, is each line once, newest first"
    )
    func ledgerPages() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let f = try build(dir)
        var total = 0
        for (position, person) in f.persons.enumerated() where person.hasPersonalAccount {
            let mine = f.entries.filter { $0.account == person.id }
            #expect(try f.store.ledgerCount(of: person.id) == mine.count)
            total += mine.count
            // Every third account is read in full, in screen-sized pages; the rest by first and last page.
            let pageSize = 23
            var pages: [LedgerEntry] = []
            if position % 3 == 1 || position == 0 {
                var offset = 0
                while true {
                    let page = try f.store.ledger(of: person.id, offset: offset, limit: pageSize)
                    pages += page
                    if page.count < pageSize { break }
                    offset += pageSize
                }
                #expect(pages.count == mine.count)
                #expect(Set(pages.map(\.id)).count == mine.count, "a line read twice")
                let dates = pages.map(\.date)
                #expect(dates == dates.sorted(by: >), "not newest first")
                #expect(pages.map(\.amount).reduce(.zero, +) == mine.map(\.amount).reduce(.zero, +))
            } else {
                let first = try f.store.ledger(of: person.id, offset: 0, limit: pageSize)
                #expect(first.first?.date == mine.map(\.date).max())
                let last = try f.store.ledger(of: person.id, offset: mine.count - 5, limit: pageSize)
                #expect(last.count == 5)
                #expect(last.last?.date == mine.map(\.date).min())
            }
        }
        #expect(total == 100_000)
        #expect(try f.store.ledger(of: f.persons[0].id, offset: 100_000, limit: 50).isEmpty)
    }

    @Test("a payment decided on the large household charges the payers in their order, to the fen")
    func paymentOnLargeHousehold() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let f = try build(dir)
        let beneficiary = f.persons[3].id
        // Random lines may leave a payer below zero: credit each enough to share.
        try f.store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
            (0...2).map {
                .addLedgerEntry(
                    LedgerEntry(
                        account: f.persons[$0].id, date: Fixtures.date("2024-01-01"), kind: .credit,
                        amount: Money(fen: 100_000_000)))
            }
        }
        let before = try f.store.household(asOf: Fixtures.today)
        let saved = try f.store.change(asOf: Fixtures.today, action: .pay, summary: "") { household in
            let expected = DeductionEngine.split(
                amount: Money(fen: 12_345), own: nil,
                payers: household.payerOrder(for: beneficiary).map {
                    PayerFunds(
                        account: $0,
                        available: household.shareable(payer: $0, for: beneficiary, rules: NoRegionRules()))
                }, onePayerPerSettlement: false)
            let result = try household.pay(
                beneficiary: beneficiary, amount: Money(fen: 12_345), rules: NoRegionRules())
            #expect(result.deduction.parts == expected.parts)
            return result.changes
        }
        let after = try f.store.household(asOf: Fixtures.today)
        for case .addLedgerEntry(let entry) in saved {
            #expect(
                after.accounts[entry.account]?.balance == (before.accounts[entry.account]?.balance ?? .zero)
                    + entry.amount)
        }
        let payers = [f.persons[0].id, f.persons[1].id, f.persons[2].id]
        let counted = try payers.map { try f.store.ledgerCount(of: $0) }.reduce(0, +)
        #expect(counted == f.entries.filter { payers.contains($0.account) }.count + 3 + saved.count)
        #expect(!saved.isEmpty)
    }
}

/// Region rules with no special flags, so the test does not depend on the policy files.
struct NoRegionRules: RegionRules {
    func flags(for region: RegionCode, on date: CivilDate) -> RegionFlags { RegionFlags() }
}
