import Foundation
import TestSupport
import GRDB
import YibaoCore

@testable import YibaoStore

/// A fresh temporary folder for one test, removed by `remove()`.
struct TempDir {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "yibao-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

enum Fixtures {
    static let today = CivilDate(year: 2025, month: 6, day: 15)!

    /// A valid identity number: Beijing Chaoyang, born on `birth`, serial `serial` (0...999).
    static func id(_ serial: Int, born birth: String = "19600101") -> ResidentID {
        let serialText = String(repeating: "0", count: 3 - String(serial).count) + String(serial)
        let body = "110105" + birth + serialText
        let digits = body.map { Int(String($0))! }
        let text = body + String(ResidentID.checkCharacter(for: digits))
        return try! ResidentID(text, today: today)
    }

    static let beijing = RegionCode("110000")!
    static let shanghai = RegionCode("310000")!

    static func person(_ serial: Int, name: String, scheme: Scheme = .employee, owner: Bool = false) -> Person {
        Person(id: id(serial), name: name, scheme: scheme, region: beijing, isOwner: owner)
    }

    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// Opens a new store in `dir` and saves `persons` in one change.
    static func store(in dir: TempDir, persons: [Person] = [], options: Store.Options = .init()) throws -> Store {
        let store = try Store.open(path: dir.file("yibao.sqlite"), create: true, options: options)
        if !persons.isEmpty {
            try store.change(asOf: today, action: .personAdd, summary: "people") { _ in persons.map(Change.addPerson) }
        }
        return store
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func write(_ path: String, _ data: Data) throws { try data.write(to: URL(fileURLWithPath: path)) }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// POSIX permission bits of a file or folder.
    static func mode(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}


/// Random but valid ledger lines for `accounts`, between `from` and `to`.
func randomLedger(
    count: Int, accounts: [ResidentID], relatives: [ResidentID], from: CivilDate, to: CivilDate,
    using rng: inout SeededGenerator
) -> [LedgerEntry] {
    (0..<count).map { _ in
        let account = accounts.randomElement(using: &rng)!
        let kind = LedgerEntry.Kind.allCases.randomElement(using: &rng)!
        let day = CivilDate(dayNumber: Int.random(in: from.dayNumber...to.dayNumber, using: &rng))
        var fen = Int64.random(in: 1...50_000, using: &rng)
        switch kind.sign {
        case false: fen = -fen
        case nil: if Bool.random(using: &rng) { fen = -fen }
        default: break
        }
        var counterparty: ResidentID?
        if kind == .relativeSpending || kind == .premiumForRelative {
            counterparty = relatives.filter { $0 != account }.randomElement(using: &rng)
        }
        return LedgerEntry(account: account, date: day, kind: kind, amount: Money(fen: fen), counterparty: counterparty)
    }
}
