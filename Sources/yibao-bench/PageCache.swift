#if canImport(Glibc)
    import Glibc
#endif

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

    /// A copy of the binary at `path` in `folder`, executable, its pages not in the cache: for the one
    /// binary that is running while it is measured (the benchmark itself, as the Swift floor).
    static func privateCopy(of path: String, in folder: String) throws(BenchError) -> String {
        let copy = folder + "/" + (path.split(separator: "/").last.map(String.init) ?? "copy")
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw BenchError("cannot read \(path) to copy it") }
        defer { close(source) }
        unlink(copy)
        let target = open(copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o700)
        guard target >= 0 else { throw BenchError("cannot write \(copy)") }
        defer { close(target) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count == 0 { break }
            guard count > 0 else { throw BenchError("cannot read \(path) to copy it") }
            var done = 0
            while done < count {
                let written = buffer.withUnsafeBytes { write(target, $0.baseAddress! + done, count - done) }
                guard written > 0 else { throw BenchError("cannot write \(copy)") }
                done += written
            }
        }
        forget(copy)
        return copy
    }
}
