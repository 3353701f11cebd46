import Foundation
import Testing
import YibaoCore

@testable import YibaoStore

/// Collects errors from many threads.
final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func add(_ error: any Error) { lock.withLock { errors.append(String(describing: error)) } }
    var all: [String] { lock.withLock { errors } }
}

@Suite("Two Yibao sessions at once")
struct ConcurrencyTests {
    @Test("two stores on one file, written from many threads, lose nothing and never decide on stale data")
    func twoStoresManyThreads() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let owner = Fixtures.person(1, name: "王芳", owner: true)
        let first = try Fixtures.store(in: dir, persons: [owner])
        let second = try Store.open(path: first.path, create: false)
        let threads = 8
        let perThread = 50
        let errors = ErrorLog()
        let group = DispatchGroup()
        for t in 0..<threads {
            group.enter()
            let store = t % 2 == 0 ? first : second
            Thread.detachNewThread {
                defer { group.leave() }
                for n in 0..<perThread {
                    do {
                        try store.change(asOf: Fixtures.today, action: .credit, summary: "thread \(t) #\(n)") {
                            household in
                            // The balance read here must be the newest: each credit records what it saw.
                            let seen = household.accounts[owner.id]?.balance.fen ?? 0
                            return [
                                .addLedgerEntry(
                                    LedgerEntry(
                                        account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 1),
                                        note: String(seen)))
                            ]
                        }
                    } catch {
                        errors.add(error)
                    }
                }
            }
        }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all.prefix(3))")
        let total = threads * perThread
        #expect(try first.household(asOf: Fixtures.today).accounts[owner.id]?.balance == Money(fen: Int64(total)))
        #expect(try second.ledgerCount(of: owner.id) == total)
        #expect(try second.auditCount() == total + 1)
        let seen = try first.ledger(of: owner.id, offset: 0, limit: total).compactMap { Int($0.note) }
        #expect(Set(seen) == Set(0..<total), "two changes decided on the same balance")
    }

    @Test("many Swift tasks sharing one store serialise their changes")
    func tasks() async throws {
        let dir = TempDir()
        defer { dir.remove() }
        let owner = Fixtures.person(1, name: "王芳", owner: true)
        let store = try Fixtures.store(in: dir, persons: [owner])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<100 {
                group.addTask {
                    try store.change(asOf: Fixtures.today, action: .credit, summary: "task \(n)") { _ in
                        [
                            .addLedgerEntry(
                                LedgerEntry(
                                    account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 3)))
                        ]
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try store.household(asOf: Fixtures.today).accounts[owner.id]?.balance == Money(fen: 300))
        #expect(try store.auditCount() == 101)
    }
}
