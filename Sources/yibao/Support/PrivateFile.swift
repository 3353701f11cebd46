import Foundation
import YibaoCore

/// A file only its owner may read (0600 whatever the umask), written whole or not at all: a new file
/// beside the target, renamed over it. Never through a symbolic link; an existing file is replaced
/// only when asked.
enum PrivateFile {
    static func write(_ data: Data, to path: String, replacing: Bool) throws(PrivateFileError) {
        var existing = stat()
        if lstat(path, &existing) == 0 {
            if existing.st_mode & S_IFMT == S_IFLNK { throw .unsafe(path: path) }
            if existing.st_mode & S_IFMT != S_IFREG { throw .unsafe(path: path) }
            if !replacing { throw .exists(path: path) }
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".yibao-export.tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var ok = fchmod(fd, 0o600) == 0
        if ok {
            ok = data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { return false }
                    offset += written
                }
                return true
            }
        }
        if ok { ok = fsync(fd) == 0 }
        let reason = String(cString: strerror(errno))
        close(fd)
        // Without --force, link() refuses an existing target (made meanwhile) where rename would replace it.
        var placed = false
        var placeCode: Int32 = 0
        if ok {
            placed = replacing ? rename(temporary, path) == 0 : link(temporary, path) == 0
            placeCode = errno
        }
        if !(replacing && placed) { unlink(temporary) }
        guard ok else { throw .cannotWrite(path: path, reason: reason) }
        guard placed else {
            if placeCode == EEXIST { throw .exists(path: path) }
            throw .cannotWrite(path: path, reason: String(cString: strerror(placeCode)))
        }
    }
}

/// Why the export's file was not written, in words.
enum PrivateFileError: UserFacingError, Equatable {
    case exists(path: String)
    case unsafe(path: String)
    case cannotWrite(path: String, reason: String)

    var message: LocalizedText {
        switch self {
        case .exists(let path):
            return .init(
                zh: "\(path) 已经存在，没有覆盖。要替换它请加 --force。",
                en: "\(path) is already there and was not replaced. Add --force to replace it.")
        case .unsafe(let path):
            return .init(
                zh: "\(path) 是链接或不是普通文件，没有写入。", en: "\(path) is a link or not a plain file, so nothing was written.")
        case .cannotWrite(let path, let reason):
            return .init(
                zh: "无法写入 \(path)（\(reason)）。", en: "\(path) could not be written (\(reason)).")
        }
    }
}
