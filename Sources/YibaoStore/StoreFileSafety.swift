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

    /// The numeric owner of a file (no link followed), or nil when it cannot be seen.
    static func owner(of path: String) -> uid_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_uid
    }
}
