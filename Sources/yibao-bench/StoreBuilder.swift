import Foundation
import YibaoCore
import YibaoStore

/// Makes a benchmark store the way a person or script would: through the `yibao` command line for
/// people and bindings, and through the store's bulk insert for the many ledger lines.
struct StoreBuilder {
    let yibao: String
    let date: String
    let home: String

    /// Creates the store at `path` (replacing any old one) and returns how long it took, in seconds.
    func build(_ spec: StoreSpec, at path: String) throws(BenchError) -> Double {
        let started = Clock.now()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let owner = StoreSpec.owner
        let onServer = path.hasPrefix("postgresql://")
        try cli(onServer ? ["store", "migrate"] : ["init"])
        try cli(["person", "add", "--me", "--name", owner.name, "--id", owner.id] + employee("5000"))
        for index in 0..<spec.relatives {
            let (relative, _) = spec.relative(index)
            try cli(["person", "add", "--name", relative.name, "--id", relative.id] + employee("1000"))
        }
        let unbound = StoreSpec.unbound
        try cli(["person", "add", "--name", unbound.name, "--id", unbound.id] + employee("800"))
        for index in 0..<spec.relatives {
            let (relative, relation) = spec.relative(index)
            try cli(["relatives", "add", "--payer", owner.id, "--beneficiary", relative.id, "--relation", relation])
        }
        // Two payers for the owner, so the payer order screen has someone to move.
        try cli([
            "relatives", "add", "--payer", spec.relative(0).person.id, "--beneficiary", owner.id, "--relation",
            "spouse",
        ])
        if spec.relatives > 1 {
            try cli([
                "relatives", "add", "--payer", spec.relative(1).person.id, "--beneficiary", owner.id, "--relation",
                "father",
            ])
        }
        guard let today = CivilDate(iso: date), let ownerID = try? ResidentID(owner.id, today: today) else {
            throw BenchError("the bench's own date or owner ID is not valid")
        }
        if onServer {
            try PostgresBench.fillLedger(spec.ledger(account: ownerID, today: today), url: path, today: today)
            return Clock.ms(started, Clock.now()) / 1000
        }
        do {
            let store = try Store.open(path: path, create: false)
            try store.bulkInsertLedger(spec.ledger(account: ownerID, today: today))
            try store.close()
        } catch {
            throw BenchError("could not fill the \(spec.name) store's ledger: \(error)")
        }
        return Clock.ms(started, Clock.now()) / 1000

        func employee(_ balance: String) -> [String] {
            ["--scheme", "employee", "--region", "110000", "--balance", balance]
        }
        func cli(_ arguments: [String]) throws(BenchError) {
            try runCLI(arguments + ["--store", path, "--date", date, "--lang", "en"])
        }
    }

    /// Gives the store's owner a kiosk PIN and writes a kiosk settings file with an exit PIN, through
    /// the operator commands (the PINs on standard input, as a script gives them).
    func prepareKiosk(storePath: String, config: String) throws(BenchError) {
        try? FileManager.default.removeItem(atPath: config)
        try runCLI(["operator", "exit-pin", "set", "--config", config, "--lang", "en"], input: KioskScenario.exitPin)
        try runCLI(
            [
                "operator", "pin", "set", "--person", StoreSpec.owner.id, "--store", storePath, "--date", date,
                "--lang", "en",
            ],
            input: KioskScenario.pin)
    }

    /// Runs `yibao ARGS`; throws with what it printed when it fails.
    func runCLI(_ arguments: [String], input: String? = nil) throws(BenchError) {
        let environment = [
            "HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "XDG_DATA_HOME": home + "/xdg",
        ]
        let ended = try ChildProgram.run(yibao, arguments, environment: environment, input: input.map { $0 + "\n" })
        guard ended.status == 0 else {
            throw BenchError(
                "`yibao \(arguments.joined(separator: " "))` failed (exit \(ended.status)): \(ended.output)")
        }
    }
}
