import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One safety copy of a store, in the `backups/` folder beside it.
public struct StoreBackup: Equatable, Sendable {
    /// Where the copy is.
    public let path: String
    /// When it was made: ISO 8601 in UTC without colons (`2026-11-22T101500.123Z`).
    public let stamp: String
    /// Why it was made: `daily` (before the first change of a day), `before-vN` (before a migration to
    /// format N), `before-restore` (the store as it was before a restore replaced it).
    public let reason: String

    /// The day it was made (`2026-11-22`, UTC).
    public var day: String { String(stamp.prefix(10)) }
}

/// Rotating safety copies of a store: made with SQLite's online backup API (a consistent snapshot even
/// while other sessions write), written to a private temporary file and renamed into place, so a copy
/// is either whole or absent. They live in `backups/` beside the store (0700), each 0600, and only the
/// newest `keep` of a store are kept.
public enum StoreBackups {
    /// How many copies of one store are kept.
    public static let keep = 7

    /// The folder holding the copies of the store at `storePath`.
    public static func folder(for storePath: String) -> String {
        let parent = StorePath.parent(of: storePath)
        return (parent == "/" ? "" : parent) + "/backups"
    }

    static func storeName(_ storePath: String) -> String {
        storePath.split(separator: "/").last.map(String.init) ?? storePath
    }

    /// Every copy of the store at `storePath`, newest first.
    public static func list(for storePath: String) -> [StoreBackup] {
        let folder = folder(for: storePath)
        let prefix = storeName(storePath) + "."
        guard case .some = try? FileManager.default.attributesOfItem(atPath: folder),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return [] }
        var backups: [StoreBackup] = []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dot = rest.lastIndex(of: "."), rest.count > 17 else { continue }
            let stamp = String(rest[..<dot])
            let reason = String(rest[rest.index(after: dot)...])
            guard stamp.count >= 17, stamp.hasSuffix("Z"), !reason.isEmpty, !reason.contains("-wal"),
                !reason.contains("-shm"), !reason.contains("-journal")
            else { continue }
            let path = folder + "/" + name
            guard case .regular = StorePath.kind(of: path) else { continue }
            backups.append(StoreBackup(path: path, stamp: stamp, reason: reason))
        }
        return backups.sorted { ($0.stamp, $0.reason) > ($1.stamp, $1.reason) }
    }

    /// The newest copy of the store at `storePath`, if there is one.
    public static func latest(for storePath: String) -> StoreBackup? { list(for: storePath).first }

    static func stamp(_ date: Date) -> String {
        Timestamp.iso(date).replacingOccurrences(of: ":", with: "")
    }

    /// Copies `source` (a store's connection) into a new backup of `storePath`, then removes the oldest
    /// copies beyond `keep`. With `oncePerDay`, nothing is made when a `reason` copy of that day exists.
    /// Returns the new copy, or nil when none was needed.
    @discardableResult
    static func make(
        from source: DatabaseQueue, storePath: String, reason: String, now: Date,
        oncePerDay: Bool = false
    ) throws(StoreError) -> StoreBackup? {
        let folder = try privateFolder(for: storePath)
        // One backup at a time per folder (other Yibao processes included): the check for today's copy,
        // the copy and the rotation happen together.
        let lock = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard lock >= 0 else { throw .backupFailed(path: storePath, reason: StorePath.reason(errno)) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        let stamp = stamp(now)
        if oncePerDay,
            list(for: storePath).contains(where: {
                $0.reason == reason && $0.day == String(stamp.prefix(10))
            })
        {
            return nil
        }
        removeLeftovers(in: folder, storePath: storePath)
        let name = storeName(storePath)
        let temporary = folder + "/." + name + ".tmp-\(getpid())"
        let final = folder + "/" + name + "." + stamp + "." + reason
        do {
            unlink(temporary)
            guard try StorePath.createPrivateFile(temporary) else {
                throw StoreError.backupFailed(path: storePath, reason: "\(temporary) appeared meanwhile")
            }
            let destination = try DatabaseQueue(path: temporary)
            // The copy is one read transaction: other processes keep writing.
            try destination.writeWithoutTransaction { copy in
                try source.writeWithoutTransaction { db in try db.backup(to: copy) }
            }
            // The copy stands alone: no -wal needed beside it.
            try destination.writeWithoutTransaction { db in
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            }
            try destination.close()
            try syncFile(temporary)
            guard rename(temporary, final) == 0 else {
                throw StoreError.backupFailed(path: storePath, reason: StorePath.reason(errno))
            }
            _ = chmod(final, 0o600)
            syncFolder(folder)
        } catch {
            unlink(temporary)
            for suffix in StoreFileSafety.companionSuffixes { unlink(temporary + suffix) }
            if let storeError = error as? StoreError, case .backupFailed = storeError { throw storeError }
            let mapped = StoreError.from(error, path: storePath)
            throw .backupFailed(path: storePath, reason: String(describing: mapped.message.en))
        }
        rotate(storePath: storePath)
        return StoreBackup(path: final, stamp: stamp, reason: reason)
    }

    /// Removes the oldest copies of the store beyond `keep`.
    static func rotate(storePath: String) {
        for old in list(for: storePath).dropFirst(keep) {
            unlink(old.path)
            for suffix in StoreFileSafety.companionSuffixes { unlink(old.path + suffix) }
        }
    }

    /// Temporary files left by a backup that was killed half-way (we hold the folder's lock, so no
    /// backup is running now).
    static func removeLeftovers(in folder: String, storePath: String) {
        let prefix = "." + storeName(storePath) + ".tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) {
            unlink(folder + "/" + name)
        }
    }

    /// The `backups/` folder, made 0700 if missing. A folder that is a link, not a folder, or someone
    /// else's is refused: a copy of the store is never written through it.
    static func privateFolder(for storePath: String) throws(StoreError) -> String {
        let folder = folder(for: storePath)
        if StorePath.kind(of: folder) == .missing {
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw .backupFailed(path: storePath, reason: StorePath.reason(errno))
            }
        }
        var info = stat()
        guard lstat(folder, &info) == 0 else {
            throw .backupFailed(path: storePath, reason: StorePath.reason(errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw .symlink(path: folder)
        default: throw .notAFile(path: folder)
        }
        if info.st_uid != geteuid() { throw .notOwner(path: folder, owner: Int(info.st_uid)) }
        if info.st_mode & 0o077 != 0 { _ = chmod(folder, 0o700) }
        return folder
    }

    static func syncFile(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .backupFailed(path: path, reason: StorePath.reason(errno)) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

/// Which day this store last made (or found) its daily copy, so later changes that day skip the check.
final class BackupMark: @unchecked Sendable {
    private let lock = NSLock()
    private var doneDay: String?

    /// True the first time it is asked about `day`.
    func claim(_ day: String) -> Bool {
        lock.withLock {
            if doneDay == day { return false }
            doneDay = day
            return true
        }
    }
}

extension Store {
    /// Every safety copy of this store, newest first.
    public var backups: [StoreBackup] { StoreBackups.list(for: path) }

    /// Makes a safety copy now (`reason` without dots), keeping the newest `StoreBackups.keep`.
    @discardableResult
    public func backUp(reason: String = "manual") throws(StoreError) -> StoreBackup? {
        try StoreBackups.make(from: database, storePath: path, reason: reason, now: options.now())
    }

    /// Before the first change of a (UTC) day: a copy of the store as the day found it. A copy that
    /// cannot be made does not stop the change (the store itself is still sound); it is tried again
    /// the next day, or by the next process.
    func backUpBeforeFirstChangeOfDay() {
        guard options.readOnly == nil, options.dailyBackups else { return }
        let now = options.now()
        let day = String(Timestamp.iso(now).prefix(10))
        guard backupMark.claim(day) else { return }
        _ = try? StoreBackups.make(
            from: database, storePath: path, reason: "daily", now: now, oncePerDay: true)
    }

    /// Before migrating an existing store to this build's format: a copy of it as it was. If the copy
    /// cannot be made the migration is not run and the store is left as it was. Returns whether
    /// migrations are pending.
    static func backUpBeforeMigration(_ database: DatabaseQueue, path: String, options: Options) throws(StoreError)
        -> Bool
    {
        let complete: Bool
        do {
            complete = try database.writeWithoutTransaction { db in try Schema.migrator.hasCompletedMigrations(db) }
        } catch {
            throw StoreError.from(error, path: path)
        }
        guard !complete else { return false }
        try StoreBackups.make(from: database, storePath: path, reason: "before-v\(Schema.version)", now: options.now())
        return true
    }
}
