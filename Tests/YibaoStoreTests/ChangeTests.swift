import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

/// The model's refusal, as `decide` would throw it.
struct Refused: Error, Equatable {
    var reason: String
}

@Suite("Saving changes")
struct ChangeTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)
    let mother = Fixtures.person(2, name: "张秀英", scheme: .resident)
    let brother = Fixtures.person(3, name: "王强")

    @Test("every kind of change is saved and read back exactly")
    func roundTrip() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir)
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "three people") { _ in
            [.addPerson(owner), .addPerson(mother), .addPerson(brother)]
        }
        #expect(
            try store.persons()
                == [owner, brother, mother].sorted { ($0.isOwner ? 0 : 1, $0.name) < ($1.isOwner ? 0 : 1, $1.name) })
        #expect(try store.owner() == owner)
        #expect(try store.person(mother.id) == mother)
        #expect(try store.person(Fixtures.id(99)) == nil)

        var renamed = mother
        renamed.name = "张秀兰"
        renamed.scheme = .employee
        renamed.region = Fixtures.shanghai
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "rename") { _ in [.updatePerson(renamed)] }
        #expect(try store.person(mother.id) == renamed)

        let ordered = Binding(
            payer: owner.id, beneficiary: mother.id, relation: .mother, form: .ordered,
            since: Fixtures.date("2024-01-05"))
        let quota = Binding(
            payer: brother.id, beneficiary: mother.id, relation: .mother, form: .quota(Money(fen: 123_456)),
            since: Fixtures.date("2025-01-09"))
        try store.change(asOf: Fixtures.today, action: .bind, summary: "two bindings") { _ in
            [.addBinding(quota), .addBinding(ordered)]
        }
        #expect(try store.bindings() == [ordered, quota])

        let order = PayerOrder(beneficiary: mother.id, payers: [brother.id, owner.id])
        try store.change(asOf: Fixtures.today, action: .order, summary: "order") { _ in [.setPayerOrder(order)] }
        #expect(try store.payerOrders() == [order])
        #expect(try store.household(asOf: Fixtures.today).payerOrders == [mother.id: [brother.id, owner.id]])
        let shorter = PayerOrder(beneficiary: mother.id, payers: [owner.id])
        try store.change(asOf: Fixtures.today, action: .order, summary: "replace") { _ in [.setPayerOrder(shorter)] }
        #expect(try store.payerOrders() == [shorter])

        try store.change(asOf: Fixtures.today, action: .unbind, summary: "remove") { _ in
            [.removeBinding(payer: brother.id, beneficiary: mother.id)]
        }
        #expect(try store.bindings() == [ordered])

        let entry = LedgerEntry(
            account: owner.id, date: Fixtures.date("2025-03-01"), kind: .relativeSpending, amount: Money(fen: -4_321),
            counterparty: mother.id, note: "门诊 \"药\"")
        let saved = try store.change(asOf: Fixtures.today, action: .pay, summary: "pay") { _ in
            [.addLedgerEntry(entry)]
        }
        guard case .addLedgerEntry(let savedEntry) = saved.first else {
            Issue.record("expected a ledger line back")
            return
        }
        #expect(savedEntry.id > 0)
        var expected = entry
        expected.id = savedEntry.id
        #expect(savedEntry == expected)
        #expect(try store.ledger(of: owner.id) == [expected])
        #expect(try store.ledgerCount(of: owner.id) == 1)
        #expect(try store.ledgerCount(of: mother.id) == 0)
        #expect(try !store.isEmpty)
    }

    @Test("each change writes one audit row whose detail is the JSON of the changes saved")
    func auditRows() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let clock = Date(timeIntervalSince1970: 1_709_210_096.789)
        let store = try Fixtures.store(in: dir, options: .init(now: { clock }))
        let entry = LedgerEntry(
            account: owner.id, date: Fixtures.date("2025-02-01"), kind: .credit, amount: Money(fen: 30_000))
        let saved = try store.change(asOf: Fixtures.today, action: .personAdd, summary: "王芳 and her first credit") { _ in
            [.addPerson(owner), .addLedgerEntry(entry)]
        }
        let audit = try store.audit(limit: 10)
        #expect(audit.count == 1)
        #expect(audit.first?.action == "person.add")
        #expect(audit.first?.summary == "王芳 and her first credit")
        #expect(audit.first?.at == "2024-02-29T12:34:56.789Z")
        #expect(try store.lastChange() == "2024-02-29T12:34:56.789Z")
        let records = try JSONDecoder().decode([ChangeRecord].self, from: Data(try #require(audit.first?.detail).utf8))
        #expect(records == saved.map(ChangeRecord.init))
        #expect(records.map(\.op) == ["addPerson", "addLedgerEntry"])
        #expect(records.last?.entry?.id == 1)
    }

    @Test("the audit trail is read newest first and limited")
    func auditOrder() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        for n in 1...5 {
            try store.change(asOf: Fixtures.today, action: .credit, summary: "credit \(n)") { _ in
                [
                    .addLedgerEntry(
                        LedgerEntry(account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 1)))
                ]
            }
        }
        #expect(try store.audit(limit: 3).map(\.summary) == ["credit 5", "credit 4", "credit 3"])
        #expect(try store.auditCount() == 6)
    }

    @Test("decide sees the household as of the date, including what earlier changes saved")
    func decideSeesHousehold() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner, mother])
        try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
            [
                .addLedgerEntry(
                    LedgerEntry(
                        account: owner.id, date: Fixtures.date("2025-01-31"), kind: .credit, amount: Money(fen: 500)))
            ]
        }
        var seen: Household?
        try store.change(asOf: Fixtures.date("2025-02-01"), action: .pay, summary: "") { household in
            seen = household
            return []
        }
        #expect(seen?.date == Fixtures.date("2025-02-01"))
        #expect(seen?.persons.count == 2)
        #expect(seen?.accounts[owner.id]?.balance == Money(fen: 500))
        #expect(try store.auditCount() == 2, "a change with nothing to save writes no audit row")
    }

    @Test("when decide refuses, its error comes back unchanged and nothing is written")
    func refusalWritesNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        let auditBefore = try store.auditCount()
        let lastBefore = try store.lastChange()
        #expect(throws: Refused(reason: "not a near relative")) {
            try store.change(asOf: Fixtures.today, action: .bind, summary: "") { _ in
                throw Refused(reason: "not a near relative")
            }
        }
        #expect(try store.auditCount() == auditBefore)
        #expect(try store.lastChange() == lastBefore)
        #expect(try store.persons() == [owner])
    }

    @Test("a change that does not fit what is saved is refused whole: earlier changes in it are not kept")
    func atomic() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        let auditBefore = try store.auditCount()
        do {
            try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
                [.addPerson(mother), .removeBinding(payer: owner.id, beneficiary: mother.id)]
            }
            Issue.record("expected a refusal")
        } catch let error as StoreError {
            guard case .inconsistent = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
        #expect(try store.person(mother.id) == nil)
        #expect(try store.auditCount() == auditBefore)
        #expect(throws: StoreError.self) {
            try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in [.addPerson(owner)] }
        }
        #expect(throws: StoreError.self) {
            try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in [.updatePerson(mother)] }
        }
        #expect(try store.auditCount() == auditBefore)
    }

    @Test("a full disk is reported as such and nothing is written")
    func diskFull() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        // Simulate a full disk: the writer may not grow the file by a single page.
        try store.database.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let big = String(repeating: "很长的备注", count: 20_000)
        #expect(throws: StoreError.diskFull(path: store.path)) {
            try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
                [
                    .addLedgerEntry(
                        LedgerEntry(
                            account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 1), note: big))
                ]
            }
        }
        #expect(try store.ledgerCount(of: owner.id) == 0)
        #expect(try store.auditCount() == 1)
    }

    @Test("when another process holds the store too long, the change fails as busy, not with a raw message")
    func busy() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let holder = try Fixtures.store(in: dir, persons: [owner])
        let waiter = try Store.open(
            path: holder.path, create: false, options: .init(busyTimeout: 0.05, attempts: 2, backoff: 0.01))
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? holder.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
                holding.signal()
                release.wait()
                return []
            }
            finished.signal()
        }
        holding.wait()
        var decided = 0
        #expect(throws: StoreError.busy(path: holder.path)) {
            try waiter.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
                decided += 1
                return []
            }
        }
        #expect(decided == 0)
        release.signal()
        finished.wait()
        try waiter.change(asOf: Fixtures.today, action: .credit, summary: "again") { _ in
            [
                .addLedgerEntry(
                    LedgerEntry(account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 5)))
            ]
        }
        #expect(try waiter.audit(limit: 1).first?.summary == "again")
        #expect(try waiter.ledgerCount(of: owner.id) == 1)
    }

    @Test("database failures become plain StoreErrors, never a raw SQLite message alone")
    func errorMapping() {
        let path = "/p/yibao.sqlite"
        #expect(StoreError.from(DatabaseError(resultCode: .SQLITE_READONLY), path: path) == .readOnly(path: path))
        #expect(StoreError.from(DatabaseError(resultCode: .SQLITE_FULL), path: path) == .diskFull(path: path))
        #expect(StoreError.from(DatabaseError(resultCode: .SQLITE_BUSY), path: path) == .busy(path: path))
        #expect(StoreError.from(DatabaseError(resultCode: .SQLITE_LOCKED), path: path) == .busy(path: path))
        #expect(StoreError.from(DatabaseError(resultCode: .SQLITE_CORRUPT), path: path) == .damaged(path: path))
        #expect(StoreError.from(DatabaseError(resultCode: .SQLITE_IOERR_WRITE), path: path) != .unexpected(detail: ""))
        let raw = StoreError.from(DatabaseError(resultCode: .SQLITE_MISMATCH, message: "datatype mismatch"), path: path)
        #expect(raw.message.en.hasPrefix("Something unexpected"))
        #expect(raw.message.en.contains("datatype mismatch"))
    }

    @Test(
        "every store error speaks both languages and says what to do",
        arguments: [
            StoreError.notFound(path: "p"), .symlink(path: "p"), .notAFile(path: "p"), .notSQLite(path: "p"),
            .foreign(path: "p"), .damaged(path: "p"), .newer(path: "p", found: 2, known: 1), .readOnly(path: "p"),
            .diskFull(path: "p"), .busy(path: "p"), .cannotOpen(path: "p", reason: "r"), .inconsistent(detail: "d"),
            .unexpected(detail: "d"),
        ])
    func messages(error: StoreError) {
        #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
        #expect(error.message.zh != error.message.en)
        #expect(error.message.zh.contains("。"))
        let refusals: [StoreError] = [
            .symlink(path: "p"), .notAFile(path: "p"), .notSQLite(path: "p"), .foreign(path: "p"),
            .damaged(path: "p"), .newer(path: "p", found: 2, known: 1),
        ]
        if refusals.contains(error) {
            #expect(error.message.en.contains("Nothing was changed"))
            #expect(error.message.zh.contains("什么都没有改动"))
        }
    }
}
