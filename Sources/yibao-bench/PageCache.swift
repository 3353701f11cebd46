import Foundation

/// Puts every binary the benchmark starts in the same page-cache state before it is measured: its file's
/// pages dropped from the cache, so they come back as the program reads them, as after a reboot.
///
/// A binary's peak memory depends on how its pages got into the cache: the same `yibao-bench
/// --print-line` mapped 9.9 MiB when its file had just been written (linked, copied, installed) and 8.5
/// MiB once those pages had been dropped and read back (docs/performance.md, round eight). Without this,
/// the Swift floor, and so every "own memory" figure, moved by a megabyte with when the binary was built.
enum PageCache {
    /// Drops `path`'s pages from the cache (written ones are flushed first). Pages a running process has
    /// mapped stay: measure a copy of a binary that is running (`privateCopy`). Returns false where the
    /// file cannot be opened; the measurement then goes on as before.
    @discardableResult
    static func forget(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        _ = fdatasync(fd)
        #if os(Linux)
            return posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED)) == 0
        #else
            return false
        #endif
    }

    /// A copy of the binary at `path` in `folder`, executable by its owner, its pages not in the cache:
    /// for the one binary that is running while it is measured (the benchmark itself, as the Swift floor).
    static func privateCopy(of path: String, in folder: String) throws(BenchError) -> String {
        let copy = folder + "/" + URL(fileURLWithPath: path).lastPathComponent
        let files = FileManager.default
        do {
            if files.fileExists(atPath: copy) { try files.removeItem(atPath: copy) }
            try files.copyItem(atPath: path, toPath: copy)
            try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: copy)
        } catch {
            throw BenchError("cannot copy \(path) to \(copy): \(error)")
        }
        forget(copy)
        return copy
    }
}
