#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the store lives by default, and the file-system steps around opening it: refusing symbolic
/// links, making private folders (0700) and a private file (0600).
enum StorePath {
    /// What is at a path, without following a final symbolic link.
    enum Kind: Equatable {
        case missing
        case symlink
        case regular(size: Int64)
        case other
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return .symlink
        case S_IFREG: return .regular(size: Int64(info.st_size))
        default: return .other
        }
    }

    /// The size of a regular file, or nil when there is none.
    static func size(of path: String) -> Int64? {
        if case .regular(let size) = kind(of: path) { return size }
        return nil
    }

    /// The folder part of a path (`.` for a bare file name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = path[..<slash]
        return head.isEmpty ? "/" : String(head)
    }

    /// Creates every missing folder on the way to `path`'s parent, each 0700. Existing folders are
    /// left as they are.
    static func createParentDirectories(of path: String) throws(StoreError) {
        let parentPath = parent(of: path)
        var prefix = parentPath.hasPrefix("/") ? "/" : ""
        for component in parentPath.split(separator: "/") {
            prefix += component
            var info = stat()
            if stat(prefix, &info) != 0 {
                if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                    throw .cannotOpen(path: path, reason: reason(errno))
                }
                _ = chmod(prefix, 0o700)
            } else if info.st_mode & S_IFMT != S_IFDIR {
                throw .cannotOpen(path: path, reason: "\(prefix) is not a folder")
            }
            prefix += "/"
        }
    }

    /// Creates an empty 0600 file; false if something appeared there first. Never follows a link.
    static func createPrivateFile(_ path: String) throws(StoreError) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw .cannotOpen(path: path, reason: reason(errno))
        }
        _ = fchmod(fd, 0o600)
        close(fd)
        return true
    }

    /// Sets 0600 on the file if it exists (best effort: a file owned by someone else stays as it is).
    static func makePrivate(_ path: String) {
        if case .regular = kind(of: path) { _ = chmod(path, 0o600) }
    }

    static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }
    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// Whether the file system holding `path` (or its folder) has less than one page left.
    static func diskIsFull(near path: String) -> Bool {
        var info = statvfs()
        guard statvfs(path, &info) == 0 || statvfs(parent(of: path), &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 4096
    }

    /// Reads up to `count` bytes from the start of a file (no link followed), or nil.
    static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + filled, count - filled)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        return Array(bytes[0..<filled])
    }

    static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
