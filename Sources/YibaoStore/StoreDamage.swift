import Foundation
import GRDB
import YibaoCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension StoreError {
    /// The store file this error is about, when it names one.
    public var storePath: String? {
        switch self {
        case .notFound(let path), .symlink(let path), .notAFile(let path), .notSQLite(let path),
            .foreign(let path),
            .damaged(let path), .newer(let path, _, _), .readOnly(let path), .diskFull(let path),
            .busy(let path),
            .cannotOpen(let path, _), .exposed(let path, _), .notOwner(let path, _),
            .backupFailed(let path, _):
            return path
        case .inconsistent, .unexpected, .serverUnreachable, .serverRefused: return nil
        }
    }

    /// Whether the file cannot be used as it is, so a backup of it may stand in for it.
    public var backupMayHelp: Bool {
        switch self {
        case .damaged, .notSQLite, .foreign: return true
        default: return false
        }
    }

    /// The message, followed, when the file cannot be used and a backup of it exists, by which backup is
    /// the newest and the commands that use it. This is what the command line and the app show.
    public var messageWithRecovery: LocalizedText {
        guard backupMayHelp, let path = storePath, let backup = StoreBackups.latest(for: path) else {
            return message
        }
        let when = StoreBackups.readable(backup.stamp)
        let advice = LocalizedText(
            zh: "最近的备份是 \(backup.path)（保存于 \(when)）。要用它代替这个文件，请运行 yibao restore --store \(path)"
                + "（损坏的文件会原样保留在旁边）；想先看看备份里的内容，可以运行 yibao balance --store \(backup.path)。",
            en:
                "The newest backup is \(backup.path) (saved \(when)). To put it in place of this file, run "
                + "yibao restore --store \(path) (the damaged file is kept beside it, unchanged); to look at the "
                + "backup first, run yibao balance --store \(backup.path).")
        return LocalizedText(zh: message.zh + advice.zh, en: message.en + " " + advice.en)
    }
}

extension StoreBackups {
    /// `2026-11-22T101500.123Z` as `2026-11-22 10:15 UTC`.
    static func readable(_ stamp: String) -> String {
        let characters = Array(stamp)
        guard characters.count >= 15 else { return stamp }
        return String(characters[0..<10]) + " " + String(characters[11..<13]) + ":"
            + String(characters[13..<15])
            + " UTC"
    }

    /// Puts the backup at `backupPath` in place of the store at `storePath`. Whatever file was there is
    /// renamed aside unchanged, with its `-wal` and `-shm`, as `<name>.replaced-<stamp>`; that path is
    /// returned (nil when there was no file). The backup itself is only read, and is checked first like
    /// any store (owner, mode, links, format) and, in full, for integrity. Close other Yibao windows on this store first: they keep using the old file.
    @discardableResult
    public static func restore(_ backupPath: String, to storePath: String, now: Date = Date())
        throws(StoreError)
        -> String?
    {
        switch StorePath.kind(of: backupPath) {
        case .symlink: throw .symlink(path: backupPath)
        case .other: throw .notAFile(path: backupPath)
        case .missing: throw .notFound(path: backupPath)
        case .regular: break
        }
        guard try StoreInspector.inspect(path: backupPath) == .store else {
            throw .notFound(path: backupPath)
        }
        // Every check that opening a store makes, on the file restored from: a file someone else owns,
        // or others may change, could hold anything (a PIN planted in it), so it is refused as the
        // store itself would be; its companions must be plain files of ours; and the whole file,
        // ledger and audit included, must pass SQLite's integrity check.
        try StoreFileSafety.checkCompanions(of: backupPath)
        try StoreFileSafety.checkOwnerAndMode(of: backupPath, verdict: .store)
        try StoreInspector.checkIntegrity(path: backupPath)
        switch StorePath.kind(of: storePath) {
        case .symlink: throw .symlink(path: storePath)
        case .other: throw .notAFile(path: storePath)
        case .missing, .regular: break
        }
        try StoreFileSafety.checkCompanions(of: storePath)
        try StorePath.createParentDirectories(of: storePath)
        let folder = StorePath.parent(of: storePath)
        let name = storeName(storePath)
        let temporary = folder + "/." + name + ".restore-\(getpid())"
        unlink(temporary)
        do {
            guard try StorePath.createPrivateFile(temporary) else {
                throw StoreError.backupFailed(path: storePath, reason: "\(temporary) appeared meanwhile")
            }
            var readOnly = Configuration()
            readOnly.readonly = true
            let source = try DatabaseQueue(
                path: "file:" + StoreInspector.percentEncoded(backupPath) + "?immutable=1",
                configuration: readOnly)
            let destination = try DatabaseQueue(path: temporary)
            try source.backup(to: destination)
            try destination.writeWithoutTransaction { db in
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            }
            try destination.close()
            try source.close()
            try syncFile(temporary)
        } catch {
            unlink(temporary)
            for suffix in StoreFileSafety.companionSuffixes { unlink(temporary + suffix) }
            if let storeError = error as? StoreError { throw storeError }
            throw .backupFailed(
                path: storePath, reason: StoreError.from(error, path: backupPath).message.en)
        }
        var setAside: String?
        if case .regular = StorePath.kind(of: storePath) {
            let aside = storePath + ".replaced-" + stamp(now)
            guard rename(storePath, aside) == 0 else {
                unlink(temporary)
                throw .cannotOpen(path: storePath, reason: StorePath.reason(errno))
            }
            for suffix in StoreFileSafety.companionSuffixes
            where StorePath.kind(of: storePath + suffix) != .missing {
                _ = rename(storePath + suffix, aside + suffix)
            }
            setAside = aside
        }
        guard rename(temporary, storePath) == 0 else {
            let code = errno
            if let setAside { _ = rename(setAside, storePath) }
            unlink(temporary)
            throw .cannotOpen(path: storePath, reason: StorePath.reason(code))
        }
        syncFolder(folder)
        return setAside
    }
}
