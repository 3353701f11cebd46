import Foundation
import GRDB
import YibaoCore

extension Store {
    /// Whether this store was opened read-only: every change is refused (as `.readOnly`, or `.diskFull`
    /// when that is why), nothing is written, no backup is made; every read works.
    public var isReadOnly: Bool { options.readOnly != nil }

    /// Why this store was opened read-only (what every change is refused with), or nil when it is not.
    public var readOnlyReason: StoreError? { options.readOnly }

    /// Opens an existing store for reading only: for a file or folder that may not be written (a
    /// read-only disk, a store shared by an administrator, a full disk), or to look at a backup without
    /// changing it. The same checks as `open` refuse anything that is not a healthy Yibao store, and the
    /// file is never written: SQLite opens it `mode=ro`, or `immutable=1` when its folder cannot hold
    /// the shared-memory file a read-only reader needs.
    /// `because` is what each change will be refused with (`.readOnly` unless the disk is full).
    public static func openReadOnly(path: String, because: StoreError? = nil) throws(StoreError) -> Store {
        switch StorePath.kind(of: path) {
        case .symlink: throw .symlink(path: path)
        case .other: throw .notAFile(path: path)
        case .missing: throw .notFound(path: path)
        case .regular: break
        }
        guard StorePath.isReadable(path) else {
            throw .cannotOpen(path: path, reason: "permission denied")
        }
        try StoreFileSafety.checkCompanions(of: path)
        let verdict = try StoreInspector.inspect(path: path)
        // An empty file holds no store yet: there is nothing to read.
        guard verdict == .store else { throw .notFound(path: path) }
        try StoreFileSafety.checkOwnerAndMode(of: path, verdict: verdict)
        var options = Options()
        options.readOnly = because ?? .readOnly(path: path)
        var config = configuration(options)
        config.readonly = true
        let folderWritable = StorePath.isWritable(StorePath.parent(of: path))
        let hasShm = StorePath.kind(of: path + "-shm") != .missing
        let writable = StorePath.isWritable(path) && folderWritable
        // Without a -shm file that can be opened, a WAL reader cannot start; `immutable` reads the main
        // file alone (correct when no other process can write, which is the case when we cannot).
        let hasLog = (StorePath.size(of: path + "-wal") ?? 0) > 0
        var queries = (writable || hasShm) ? ["mode=ro"] : ["immutable=1"]
        // A full disk may leave no room for the shared-memory file: with no log to read, the main file
        // alone is the whole store.
        if queries == ["mode=ro"] && !hasLog { queries.append("immutable=1") }
        var failure: StoreError = .cannotOpen(path: path, reason: "unreadable")
        for query in queries {
            let uri = "file:" + StoreInspector.percentEncoded(path) + "?" + query
            do {
                let database = try DatabaseQueue(path: uri, configuration: config)
                // Opening is lazy: read once so a file SQLite cannot use is reported now.
                _ = try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM meta") }
                return Store(path: path, database: database, options: options)
            } catch {
                failure = StoreError.from(error, path: path)
            }
        }
        throw failure
    }

    /// Opens the store for changes, or, when its file, folder or disk may not be written, read-only
    /// (`isReadOnly` says which). Every other refusal is as `open`'s.
    public static func openForReading(path: String) throws(StoreError) -> Store {
        do {
            return try open(path: path, create: false)
        } catch {
            switch error {
            case .readOnly, .diskFull: return try openReadOnly(path: path, because: error)
            case .cannotOpen where StorePath.isReadable(path): return try openReadOnly(path: path)
            default: throw error
            }
        }
    }
}

extension StoreError {
    /// Said once when a store is opened read-only because it may not be written (or the disk is full).
    public static func readOnlyNotice(path: String, because: StoreError? = nil) -> LocalizedText {
        if case .diskFull = because {
            return LocalizedText(
                zh: "注意：存放数据文件 \(path) 的磁盘已满，现在只能查看，不能保存修改。已保存的内容都在，没有丢失。请腾出一些空间。",
                en:
                    "Note: the disk holding the data file \(path) is full. You can look at everything, but changes cannot "
                    + "be saved until some space is freed. Nothing already saved is lost.")
        }
        return LocalizedText(
            zh: "注意：数据文件 \(path) 不能写入（只读），现在只能查看，不能保存修改。已保存的内容都在，没有丢失。",
            en: "Note: the data file \(path) may not be written (read-only). You can look at everything, "
                + "but changes cannot be saved. Nothing already saved is lost.")
    }

    /// The same notice in one line, for the terminal app's status line, where it stays while the app
    /// runs (the long notice above goes to stderr, which the full-screen app covers).
    public static func readOnlyStatus(because: StoreError? = nil) -> LocalizedText {
        if case .diskFull = because {
            return LocalizedText(zh: "磁盘已满：只能查看，不能保存修改。已保存的都在。", en: "Disk full: you can look, but changes cannot be saved. Nothing is lost.")
        }
        return LocalizedText(zh: "只读：只能查看，不能保存修改。已保存的都在。", en: "Read-only: you can look, but changes cannot be saved. Nothing is lost.")
    }
}
