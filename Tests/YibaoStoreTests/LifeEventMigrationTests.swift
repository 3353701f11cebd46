import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("The life-events migration (v4)")
struct LifeEventMigrationTests {
    @Test("a version-3 store opens, keeps its people with nothing recorded about death or retirement, and gains the event tables")
    func upgradesVersionThree() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("yibao.sqlite")
        do {
            _ = try StorePath.createPrivateFile(path)
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v3-ledger-totals")
            try queue.write { db in
                try db.execute(
                    sql: "INSERT INTO persons (id, name, scheme, region, is_owner) VALUES (?, '王芳', 'employee', '110000', 1)",
                    arguments: [Fixtures.id(1).value])
            }
            try queue.close()
        }
        let store = try Store.open(path: path, create: true, options: .init(dailyBackups: false))
        defer { try? store.close() }
        let person = try #require(try store.person(Fixtures.id(1)))
        #expect(person.name == "王芳")
        #expect(person.diedOn == nil && person.retiredOn == nil && person.contributionBase == nil)
        #expect(try store.personEvents().isEmpty)
        #expect(try store.bindingEnds().isEmpty)
        let version = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == 5)  // the current schema: v4 added these tables, v5 the kiosk throttle
    }

    @Test("a death date is stored as the person's column and read back")
    func diedOnRoundTrip() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Store.open(path: dir.file("yibao.sqlite"), create: true, options: .init(dailyBackups: false))
        defer { try? store.close() }
        let day = CivilDate(year: 2026, month: 3, day: 1)!
        var person = Person(
            id: Fixtures.id(1), name: "王芳", scheme: .employee, region: RegionCode("110000")!, isOwner: true,
            retiredOn: CivilDate(year: 2020, month: 1, day: 1), contributionBase: Money(fen: 800_000))
        try store.change(asOf: day, action: .personAdd, summary: "t") { _ in [.addPerson(person)] }
        person.diedOn = day
        try store.change(asOf: day, action: .personDied, summary: "t") { _ in [.updatePerson(person)] }
        #expect(try store.person(person.id) == person)
    }
}
