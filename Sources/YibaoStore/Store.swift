import Foundation
import GRDB

/// Yibao's saved data: one SQLite file (WAL mode) holding persons, ledgers, bindings, payer orders and
/// an audit trail. Every change is one transaction; several Yibao processes may share the file.
///
/// Opening refuses, and leaves byte-for-byte unchanged, anything that is not a current, healthy Yibao
/// store. A store path that is a symbolic link is refused (never followed), so Yibao cannot be tricked
/// into overwriting another file.
public final class Store: Sendable {
    /// The file's path, as given.
    public let path: String
    /// The one connection, for reads and writes alike (docs/performance.md, round five).
    let database: DatabaseQueue
    let options: Options
    /// The day this process last made (or found) the daily backup (Store+Backup.swift).
    let backupMark = BackupMark()

    /// Tuning for tests; the public `open` uses the defaults.
    struct Options: Sendable {
        /// How long one attempt waits for another process's write to finish.
        var busyTimeout: TimeInterval = 10
        /// How many times a whole change is tried while the file stays busy.
        var attempts = 5
        /// The first pause between attempts; it doubles each time.
        var backoff: TimeInterval = 0.05
        /// The clock for audit timestamps.
        var now: @Sendable () -> Date = { Date() }
        /// Opened read-only (Store+ReadOnly.swift): why; every change is refused with it.
        var readOnly: StoreError? = nil
        /// Whether the first change of each day first copies the store to `backups/` (Store+Backup.swift).
        var dailyBackups = true
    }

    init(path: String, database: DatabaseQueue, options: Options) {
        self.path = path
        self.database = database
        self.options = options
    }

    /// Opens the store at `path`, creating it (and its folders, 0700; the file, 0600) when missing and
    /// `create` is true. Runs pending migrations on a store this build knows.
    public static func open(path: String, create: Bool = true) throws(StoreError) -> Store {
        try open(path: path, create: create, options: Options())
    }

    static func open(path: String, create: Bool, options: Options) throws(StoreError) -> Store {
        switch StorePath.kind(of: path) {
        case .symlink: throw .symlink(path: path)
        case .other: throw .notAFile(path: path)
        case .regular: break
        case .missing:
            guard create else { throw .notFound(path: path) }
            try StorePath.createParentDirectories(of: path)
            _ = try StorePath.createPrivateFile(path)
            // If another process created it first, it is inspected below like any existing file.
            if StorePath.kind(of: path) == .symlink { throw .symlink(path: path) }
        }
        guard StorePath.isReadable(path) else {
            throw .cannotOpen(path: path, reason: "permission denied")
        }
        try StoreFileSafety.checkCompanions(of: path)
        let verdict = try StoreInspector.inspect(path: path)
        try StoreFileSafety.checkOwnerAndMode(of: path, verdict: verdict)
        guard StorePath.isWritable(path), StorePath.isWritable(StorePath.parent(of: path)) else {
            throw .readOnly(path: path)
        }
        StorePath.makePrivate(path)
        if verdict == .store { StoreFileSafety.prepareLog(of: path) }
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: path, configuration: configuration(options))
        } catch {
            throw StoreError.from(error, path: path)
        }
        // A store needing no migration is not written on opening: a damaged page found later by a read
        // is reported with the file untouched (StoreDamage.swift). One that needs a migration is backed
        // up first (Store+Backup.swift).
        if verdict == .store { _ = try backUpBeforeMigration(database, path: path, options: options) }
        if try migrate(database, path: path, options: options) {
            // Copy the log into the main file after a migration, so even a file copied without its -wal
            // carries the Yibao header (application id, version). Passive: never waits for other
            // sessions. Not on every open: a checkpoint syncs the disk twice before the first screen.
            _ = try? database.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        }
        for suffix in ["-wal", "-shm"] { StorePath.makePrivate(path + suffix) }
        return Store(path: path, database: database, options: options)
    }

    static func configuration(_ options: Options) -> Configuration {
        var config = Configuration()
        config.busyMode = .callback(StoreBusy.waiter(timeout: options.busyTimeout))
        config.foreignKeysEnabled = true
        config.label = "yibao.store"
        config.prepareDatabase { db in
            // 16 MiB of page cache at most: bulk inserts into the ledger indexes run twice as fast.
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // WAL mode, as GRDB's pool set it up: other processes read while one writes. A store already in
            // WAL mode is not written by this; a new one is put in it before its first table.
            guard !db.configuration.readonly else { return }
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "could not put the store in WAL mode")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return config
    }

    /// Runs the migrations this build knows; true when there were any to run. Two processes creating
    /// the same new store at once may collide on the first migration; the loser waits and finds it done.
    static func migrate(_ database: DatabaseQueue, path: String, options: Options) throws(StoreError) -> Bool {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let done = try database.writeWithoutTransaction { db in try Schema.migrator.hasCompletedMigrations(db) }
                if done { return false }
                try Schema.migrator.migrate(database)
                return true
            } catch {
                let storeError = StoreError.from(error, path: path)
                let collided: Bool
                switch storeError {
                case .busy, .unexpected, .inconsistent: collided = true
                default: collided = false
                }
                guard collided, attempt < options.attempts else { throw storeError }
                Thread.sleep(forTimeInterval: options.backoff * Double(attempt))
            }
        }
    }

    /// Closes the file. The store may not be used afterwards. (Dropping the last reference closes it too.)
    public func close() throws(StoreError) {
        do {
            try database.close()
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Where the store lives unless `--store` says otherwise: `$YIBAO_STORE`; else
    /// `$XDG_DATA_HOME/yibao/yibao.sqlite` (an absolute `XDG_DATA_HOME` only, as the XDG spec says);
    /// else `$HOME/.local/share/yibao/yibao.sqlite`; with no home at all, `yibao.sqlite` here.
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["YIBAO_STORE"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "yibao/yibao.sqlite")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".local/share/yibao/yibao.sqlite")
        }
        return "yibao.sqlite"
    }

    private static func join(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }

    /// Runs a read in one consistent snapshot (a read-only transaction on the store's one connection;
    /// other processes' writes go on meanwhile: WAL), turning every failure into a `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
