import Foundation
import GRDB
import Testing

@testable import YibaoStore

/// The inspection names each table it checks as an SQL identifier it quotes itself (round six of issue
/// 19 took Foundation's `replacingOccurrences` out of the start-up): any name SQLite allows is checked.
@Suite("The inspection quotes table names")
struct InspectorQuotingTests {
    @Test("a name is put in double quotes, with each double quote in it doubled")
    func quoting() {
        #expect(StoreInspector.quotedIdentifier("ledger") == #""ledger""#)
        #expect(StoreInspector.quotedIdentifier(#"we"ird"#) == #""we""ird""#)
        #expect(StoreInspector.quotedIdentifier(#""""#) == #""""""""#)
        #expect(StoreInspector.quotedIdentifier("") == #""""#)
        #expect(StoreInspector.quotedIdentifier("家庭 共济") == #""家庭 共济""#)
    }

    @Test("a store holding a table whose name has quotes, spaces and CJK is checked and opened")
    func oddTableNames() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir)
        let path = store.path
        try store.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: #"CREATE TABLE "we""ird 家庭" (x INTEGER PRIMARY KEY, y TEXT)"#)
            try db.execute(sql: #"CREATE INDEX "i""dx" ON "we""ird 家庭" (y)"#)
            try db.execute(sql: #"INSERT INTO "we""ird 家庭" (y) VALUES ('a'), ('b')"#)
        }
        try queue.close()
        #expect(try StoreInspector.inspect(path: path) == .store)
        let reopened = try Store.open(path: path, create: false)
        try reopened.close()
    }
}
