import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// The snapshot every screen reads is one consistent read; the change mark moves when another
/// connection commits.
@Suite("Snapshots and the change mark")
struct SnapshotAndMarkTests {
    typealias F = Fixtures

    @Test("a snapshot is one consistent read: balance, ledger count and last change always agree under writes")
    func snapshotIsConsistent() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: Money(fen: 1_000), asOf: F.today)
        // Another store on the same file credits one fen at a time while this one reads.
        let writer = try Store.open(path: dir.file("yibao.sqlite"))
        let done = Flag()
        let thread = Thread {
            for n in 0..<300 {
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
            // The opening balance is one line of 1,000 fen; each credit one line of 1 fen.
            #expect(balance == 1_000 + Int64(lines - 1), "a snapshot mixed two moments: \(balance) fen, \(lines) lines")
            #expect(snapshot.owner == F.owner.id)
            #expect(snapshot.lastChange != nil)
            snapshots += 1
        } while !done.isSet
        #expect(snapshots > 0)
        let final = try service.snapshot(asOf: F.today)
        #expect(final.ledgerCounts[F.owner.id] == 301)
    }

    @Test("the change mark moves when another Store on the same file commits, not for this store's own change")
    func changeMarkAcrossStores() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: nil, asOf: F.today)
        let mark = try service.changeMark()
        #expect(try service.changeMark() == mark, "nothing happened, yet the mark moved")
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: F.today)
        #expect(try service.changeMark() == mark, "the service's own change counted as another's")

        let other = try Store.open(path: dir.file("yibao.sqlite"))
        let otherMark = try other.changeMark()
        try other.change(asOf: F.today, action: .credit, summary: "elsewhere") {
            try $0.credit(account: F.owner.id, amount: Money(fen: 1))
        }
        let after = try service.changeMark()
        #expect(after != mark, "another store's commit did not move the mark")
        #expect(try other.changeMark() == otherMark)
        #expect(try service.changeMark() == after, "the mark moved again with no change")
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
