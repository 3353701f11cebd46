import Foundation

/// A small tmpfs mounted for one test (root only), to give a store a really full or really read-only
/// disk. `mount` returns nil where mounting is not allowed; such tests are then skipped, and the
/// simulated cases (`PRAGMA max_page_count`, an immutable open) still run.
public final class TmpfsMount: @unchecked Sendable {
    public let path: String

    private init(path: String) { self.path = path }

    /// Whether this machine lets the tests mount a tmpfs (checked once, by trying).
    public static let available: Bool = {
        guard let probe = TmpfsMount.mount(kilobytes: 64) else { return false }
        probe.unmount()
        return true
    }()

    /// Mounts a tmpfs of `kilobytes` at a new temporary folder, or nil.
    public static func mount(kilobytes: Int) -> TmpfsMount? {
        guard geteuid() == 0 else { return nil }
        let path = NSTemporaryDirectory() + "yibao-tmpfs-" + UUID().uuidString
        guard
            (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true))
                != nil
        else { return nil }
        guard
            run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", path]) == 0
        else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return TmpfsMount(path: path)
    }

    /// Makes the whole file system read-only (even root cannot write to it).
    public func remountReadOnly() -> Bool {
        TmpfsMount.run("/bin/mount", ["-o", "remount,ro", path]) == 0
    }

    /// Makes it writable again.
    public func remountWritable() -> Bool {
        TmpfsMount.run("/bin/mount", ["-o", "remount,rw", path]) == 0
    }

    /// Fills the file system, leaving at most a few bytes.
    public func fill() {
        let filler = path + "/filler"
        guard
            let handle = FileManager.default.createFile(atPath: filler, contents: nil)
                ? FileHandle(forWritingAtPath: filler) : nil
        else { return }
        let chunk = Data(count: 4096)
        var small = Data(count: 1)
        while (try? handle.write(contentsOf: chunk)) != nil {}
        while (try? handle.write(contentsOf: small)) != nil { small = Data(count: 1) }
        try? handle.close()
    }

    /// Frees the space `fill` took.
    public func unfill() { try? FileManager.default.removeItem(atPath: path + "/filler") }

    public func unmount() {
        _ = TmpfsMount.run("/bin/umount", ["-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        guard let child = try? Spawn.Child([tool] + arguments) else { return -1 }
        return child.wait().status
    }
}
