import Foundation
import TestSupport
import GRDB
import YibaoCore

@testable import YibaoStore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `yibao` binary (as CLITests does) for the reliability tests.
enum YibaoBinary {
    static var url: URL { BuiltProduct.yibao }
    /// The stress writer: its own test-only program (`yibao-stress`), not part of `yibao`.
    static var stressWriter: URL { BuiltProduct.executable("yibao-stress") }

    typealias Result = ProcessOutput

    /// This process's environment with no store or policy folder chosen and `home` as HOME.
    static func environment(home: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["YIBAO_STORE"] = nil
        env["YIBAO_POLICY_DIR"] = nil
        env["HOME"] = home
        env["XDG_DATA_HOME"] = home + "/xdg"
        return env
    }

    /// Starts `executable ARGS` (by default `yibao`) in that clean environment, reading nothing; its
    /// standard output read line by line (`.pipe`) or thrown away, its standard error kept.
    static func start(
        _ arguments: [String], home: String, executable: URL = url, output: Spawn.Child.Output = .discard
    ) throws -> Spawn.Child {
        try Spawn.Child(
            [executable.path] + arguments, environment: environment(home: home), output: output, error: .capture)
    }

    /// Runs `yibao ARGS` to the end, `input` its standard input.
    @discardableResult
    static func run(_ arguments: [String], home: String, input: String = "") throws -> Result {
        try Spawn.run([url.path] + arguments, environment: environment(home: home), input: input)
    }
}

/// A test's own folder, removed at the end.
struct Scratch {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "yibao-reliability-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The household every reliability test uses, made with the real command line: me, my mother (paid
/// for by me and my son, permanently), my son (paid for by me), and my daughter, whose binding to my
/// mother the stress writers make and end in turn (and whose binding to my son a command-line driver
/// makes and ends with `relatives add|remove`).
struct Family {
    static let me = "110105195603100015"
    static let mother = "110108192811050046"
    static let son = "110105198304120036"
    static let daughter = "110105198507090025"
    static let date = "2026-11-22"
    /// Opening balances, in fen.
    static let opening: [String: Int64] = [me: 1_000_000, son: 2_000_000, daughter: 3_000_000]

    let store: String
    let home: String

    var common: [String] { ["--store", store, "--date", Family.date, "--lang", "en"] }

    /// Makes the store with `yibao init`, `person add` and `relatives add`; with `server` (a fleet's
    /// PostgreSQL URL, its database empty), on that server, its tables made by `yibao store migrate`.
    static func create(in folder: String, server: String? = nil) throws -> Family {
        let family = Family(store: server ?? folder + "/store/yibao.sqlite", home: folder)
        let steps: [[String]] = [
            server == nil ? ["init"] : ["store", "migrate"],
            [
                "person", "add", "--name", "张建国", "--id", me, "--scheme", "employee", "--region", "110000",
                "--balance", "10000", "--me",
            ],
            ["person", "add", "--name", "王桂兰", "--id", mother, "--scheme", "resident", "--region", "110000"],
            [
                "person", "add", "--name", "张伟", "--id", son, "--scheme", "employee", "--region", "110000",
                "--balance", "20000",
            ],
            [
                "person", "add", "--name", "张丽", "--id", daughter, "--scheme", "employee", "--region", "110000",
                "--balance", "30000",
            ],
            ["relatives", "add", "--payer", me, "--beneficiary", mother, "--relation", "母亲"],
            ["relatives", "add", "--payer", son, "--beneficiary", mother, "--relation", "奶奶"],
            ["relatives", "add", "--payer", me, "--beneficiary", son, "--relation", "儿子"],
        ]
        for step in steps {
            let result = try YibaoBinary.run(step + family.common, home: folder)
            guard result.status == 0 else {
                throw SetupFailed(step: step.joined(separator: " "), stderr: result.stderr)
            }
        }
        return family
    }

    /// `yibao-stress` arguments for one writer (run with `YibaoBinary.stressWriter`).
    func writer(tag: String, seed: Int, log: String, seconds: Double = 0, count: Int = 1_000_000) -> [String] {
        [
            "--log", log, "--tag", tag, "--seed", String(seed), "--beneficiary", Family.mother,
            "--toggle", Family.daughter, "--relation", "奶奶", "--seconds", String(seconds), "--count", String(count),
        ] + common
    }
}

struct SetupFailed: Error, CustomStringConvertible {
    var step: String
    var stderr: String
    var description: String { "setup step `\(step)` failed: \(stderr)" }
}

/// One line of a writer's log: a change whose commit returned.
struct LoggedChange {
    var key: String
    var op: String
    /// For a payment: each ledger line as (account, fen).
    var parts: [(account: String, fen: Int64)] = []
    var order: [String] = []

    /// `w1#3 pay 2 -70 A=-20,B=-50`, `w1#4 bind`, `w1#5 order A,B,C`, `w1#6 noop`.
    init?(line: Substring) {
        let fields = line.split(separator: " ")
        guard fields.count >= 2 else { return nil }
        key = String(fields[0])
        op = String(fields[1])
        if op == "pay", fields.count == 5 {
            parts = fields[4].split(separator: ",").compactMap { part in
                let pair = part.split(separator: "=")
                guard pair.count == 2, let fen = Int64(pair[1]) else { return nil }
                return (String(pair[0]), fen)
            }
        }
        if op == "order", fields.count == 3 { order = fields[2].split(separator: ",").map(String.init) }
    }

    /// The writer's tag and sequence number.
    var tagAndNumber: (tag: String, number: Int)? {
        guard let hash = key.lastIndex(of: "#"), let n = Int(key[key.index(after: hash)...]) else { return nil }
        return (String(key[..<hash]), n)
    }

    static func read(_ path: String) -> [LoggedChange] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        // A line cut short by a kill has no newline: it was never a whole record of a commit.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        if !text.hasSuffix("\n"), !lines.isEmpty { lines.removeLast() }
        return lines.compactMap { LoggedChange(line: $0) }
    }
}

/// What the store holds, read the way an auditor would: every audit row, with the changes its detail
/// says it made, and every ledger line a writer tagged.
struct StoreContents {
    struct AuditRow {
        var id: Int64
        var summary: String
        var records: [[String: Any]]
        /// `TAG#N` for a writer's change, nil for the setup's.
        var key: String? {
            guard summary.hasPrefix("stress ") else { return nil }
            return summary.split(separator: " ").dropFirst().first.map(String.init)
        }
    }

    var integrity: [String]
    var audit: [AuditRow]
    /// Ledger lines tagged by a writer (note `stress KEY`), by key: (account, fen).
    var tagged: [String: [(account: String, fen: Int64)]]
    var balances: [String: Int64]
    var ledgerSums: [String: Int64]
    var bindings: Set<String>
    var orders: [String: [String]]

    /// Opens the store the way Yibao does (every refusal would be thrown), then reads it.
    static func read(_ path: String) throws -> StoreContents {
        let store = try Store.open(path: path, create: false, options: .init(dailyBackups: false))
        defer { try? store.close() }
        let today = CivilDate(iso: Family.date)!
        let household = try store.household(asOf: today)
        return try store.database.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            var audit: [AuditRow] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, summary, detail FROM audit ORDER BY id") {
                let detail: String = row["detail"]
                let records =
                    (try? JSONSerialization.jsonObject(with: Data(detail.utf8)) as? [[String: Any]]) ?? nil
                audit.append(AuditRow(id: row["id"], summary: row["summary"], records: records ?? []))
            }
            var tagged: [String: [(account: String, fen: Int64)]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT note, account, amount_fen FROM ledger WHERE note LIKE 'stress %' ORDER BY id")
            {
                let note: String = row["note"]
                tagged[String(note.dropFirst("stress ".count)), default: []].append((row["account"], row["amount_fen"]))
            }
            var sums: [String: Int64] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT account, SUM(amount_fen) AS total FROM ledger GROUP BY account")
            {
                sums[row["account"]] = row["total"]
            }
            var balances: [String: Int64] = [:]
            for (id, totals) in household.accounts { balances[id.value] = totals.balance.fen }
            let bindings = Set(household.bindings.map { "\($0.payer.value)>\($0.beneficiary.value)" })
            var orders: [String: [String]] = [:]
            for (beneficiary, payers) in household.payerOrders { orders[beneficiary.value] = payers.map(\.value) }
            return StoreContents(
                integrity: integrity, audit: audit, tagged: tagged, balances: balances, ledgerSums: sums,
                bindings: bindings, orders: orders)
        }
    }

    /// The bindings and payer orders the audit trail says were made, replayed in order.
    func replayed() -> (bindings: Set<String>, orders: [String: [String]]) {
        var bindings: Set<String> = []
        var orders: [String: [String]] = [:]
        for row in audit {
            for record in row.records {
                switch record["op"] as? String {
                case "addBinding":
                    let binding = record["binding"] as? [String: Any]
                    bindings.insert("\(binding?["payer"] as? String ?? "")>\(binding?["beneficiary"] as? String ?? "")")
                case "removeBinding":
                    bindings.remove("\(record["payer"] as? String ?? "")>\(record["beneficiary"] as? String ?? "")")
                case "setPayerOrder":
                    let order = record["payerOrder"] as? [String: Any]
                    orders[order?["beneficiary"] as? String ?? ""] = order?["payers"] as? [String] ?? []
                default: break
                }
            }
        }
        return (bindings, orders)
    }

    /// How many ledger lines an audit row's detail says its change added.
    static func ledgerLines(in row: AuditRow) -> [(account: String, fen: Int64)] {
        row.records.compactMap { record in
            guard record["op"] as? String == "addLedgerEntry", let entry = record["entry"] as? [String: Any],
                let account = entry["account"] as? String, let amount = entry["amount"] as? NSNumber
            else { return nil }
            return (account, amount.int64Value)
        }
    }
}

func sameParts(_ a: [(account: String, fen: Int64)], _ b: [(account: String, fen: Int64)]) -> Bool {
    a.map { "\($0.account)=\($0.fen)" }.sorted() == b.map { "\($0.account)=\($0.fen)" }.sorted()
}


/// SHA-free fingerprint of a file for "left byte for byte as it was": its bytes.
func fileBytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
