import Foundation
import Testing
import YibaoCore

@testable import YibaoStore

/// A store is one SQLite connection, for reads and writes alike: a pool's reader connection parsed the
/// whole schema again before the first screen (docs/performance.md, round five). Counted as SQLite opens files: each connection holds the store file open once.
@Suite("One connection to the store per process")
struct OneConnectionTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)

    /// How many of this process's open files are the store at `path`; nil where there is no /proc.
    static func connections(to path: String) -> Int? {
        let manager = FileManager.default
        guard let descriptors = try? manager.contentsOfDirectory(atPath: "/proc/self/fd") else { return nil }
        let file = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return descriptors.filter { (try? manager.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == file }
            .count
    }

    /// Reads what the screens read: Home's snapshot, a ledger page, a preference, the change mark.
    func readEverything(_ store: Store) throws {
        _ = try store.snapshot(asOf: Fixtures.today)
        _ = try store.ledger(of: owner.id, offset: 0, limit: 50)
        _ = store.preference("language")
        _ = try store.changeMark()
    }

    @Test("a store opened and read as every screen reads it holds its file open once")
    func readsUseTheWriter() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        try readEverything(store)
        guard let open = Self.connections(to: store.path) else { return }
        #expect(open == 1, "a reader connection was opened beside the writer")
    }

    @Test("a read-only store (a file that may not be written) holds its file open once too")
    func readOnlyReadsUseOneConnection() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try Fixtures.store(in: dir, persons: [owner]).path
        let store = try Store.openReadOnly(path: path)
        try readEverything(store)
        // The first store on the file is gone with its last reference; only the read-only one is left.
        guard let open = Self.connections(to: path) else { return }
        #expect(open == 1, "a reader connection was opened beside the writer")
    }

    @Test("a read still sees one consistent state while another store on the file writes")
    func readIsOneSnapshot() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        let other = try Store.open(path: store.path, create: false)
        let seen = try store.read { db in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger") ?? -1
            try other.change(asOf: Fixtures.today, action: .credit, summary: "meanwhile") { _ in
                [.addLedgerEntry(LedgerEntry(account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 1)))]
            }
            let after = try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger") ?? -1
            return (before, after)
        }
        #expect(seen.0 == seen.1, "the read saw another store's write in the middle")
        #expect(try store.ledgerCount(of: owner.id) == seen.0 + 1)
    }
}
