#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The checks that keep a store private and keep Yibao from being pointed at someone else's file:
/// the store must belong to the user running Yibao, must not be readable or writable by others, and
/// its companion files (`-wal`, `-shm`, `-journal`) must be plain files, never links.
enum StoreFileSafety {
    /// The files SQLite opens beside a store.
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// Refuses companion files that are symbolic links or not files: SQLite would open them by name and
    /// could be made to write into whatever they point at. Runs before SQLite sees the store.
    static func checkCompanions(of path: String) throws(StoreError) {
        for suffix in companionSuffixes {
            let companion = path + suffix
            switch StorePath.kind(of: companion) {
            case .missing: continue
            case .symlink: throw .symlink(path: companion)
            case .other: throw .notAFile(path: companion)
            case .regular:
                if let owner = owner(of: companion), owner != geteuid() {
                    throw .notOwner(path: companion, owner: Int(owner))
                }
            }
        }
    }

    /// Refuses a store owned by another user, and a store holding data (`verdict == .store`) that others
    /// may read or change. An empty or blank file holds nothing yet: it is made private instead.
    static func checkOwnerAndMode(of path: String, verdict: StoreInspector.Verdict) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_uid != geteuid() { throw .notOwner(path: path, owner: Int(info.st_uid)) }
        let mode = Int(info.st_mode) & 0o777
        if verdict == .store && mode & 0o077 != 0 { throw .exposed(path: path, mode: mode) }
    }

    /// Puts an empty log beside an existing store that has none, so that opening it writes nothing.
    ///
    /// GRDB's pool (which Yibao used until round five of docs/performance.md, and an older Yibao on the
    /// same store still uses) makes sure a `-wal` is not empty by creating and dropping a table on
    /// opening; that write reaches the main file at the next checkpoint (on closing), so a store whose
    /// damage is only found later, by a read, would have been changed. SQLite treats a log whose header is not valid
    /// (here: 32 zero bytes) as holding no frames, and rewrites it on the first real change. Made with
    /// O_EXCL | O_NOFOLLOW, 0600: a log another process is creating at the same moment is left alone.
    static func prepareLog(of path: String) {
        let log = path + "-wal"
        guard StorePath.kind(of: log) == .missing else { return }
        let fd = open(log, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let header = [UInt8](repeating: 0, count: 32)
        _ = write(fd, header, header.count)
        close(fd)
    }

    /// The numeric owner of a file (no link followed), or nil when it cannot be seen.
    static func owner(of path: String) -> uid_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_uid
    }
}
