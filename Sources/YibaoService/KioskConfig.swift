import Foundation
import YibaoCore
import YibaoStore

/// The operator's kiosk file (default `/etc/yibao/kiosk.conf`, or `$YIBAO_KIOSK_CONFIG`): the hashed
/// operator PIN that, with the operator key sequence, is the only way out of the kiosk.
///
/// Lines are `key = value`; `#` starts a comment. The PIN is kept as
/// `exit_pin = pbkdf2-sha256$ROUNDS$SALT$HASH` (base64), never in clear. The file must be the
/// operator's: it is refused when it is a symbolic link, writable by group or others, or readable by
/// others (so the kiosk's own user can read it through its group, but never change it).
public struct KioskConfig: Equatable, Sendable {
    /// Where the file is unless `--config` or `$YIBAO_KIOSK_CONFIG` says otherwise. It is a system path,
    /// not the kiosk user's own config folder, because the kiosk's user must not be able to change it.
    public static let defaultPath = "/etc/yibao/kiosk.conf"

    /// The hashed operator PIN; nil until one is set.
    public var exitPin: PinHash?
    /// Other keys, kept as they were.
    public var other: [String: String]

    public init(exitPin: PinHash? = nil, other: [String: String] = [:]) {
        self.exitPin = exitPin
        self.other = other
    }

    /// `$YIBAO_KIOSK_CONFIG` when set, else `defaultPath`.
    public static func path(environment: [String: String]) -> String {
        if let explicit = environment["YIBAO_KIOSK_CONFIG"], !explicit.isEmpty { return explicit }
        return defaultPath
    }

    /// Whether `pin` is the operator's. False when no operator PIN is set.
    public func verifyExitPin(_ pin: KioskPin) -> Bool {
        guard let exitPin else { return false }
        return PinHasher.verify(pin, against: exitPin)
    }

    // MARK: Text

    /// The file's text.
    public var text: String {
        var lines = [
            "# Yibao kiosk: operator settings. Keep this file owned by the operator (mode 0600, or 0640",
            "# with the kiosk's group). Set the PIN with: yibao operator exit-pin set --config PATH",
        ]
        for key in other.keys.sorted() { lines.append("\(key) = \(other[key]!)") }
        if let exitPin {
            let salt = Data(exitPin.salt).base64EncodedString()
            let hash = Data(exitPin.hash).base64EncodedString()
            lines.append("exit_pin = \(PinHash.algorithm)$\(exitPin.cost)$\(salt)$\(hash)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the file's text; `path` names it in errors.
    public init(text: String, path: String) throws(KioskConfigError) {
        self.init()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else { throw .malformed(path: path, line: index + 1) }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { throw .malformed(path: path, line: index + 1) }
            if key == "exit_pin" {
                let parts = value.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 4, parts[0] == PinHash.algorithm, let cost = Int(parts[1]),
                    let salt = Data(base64Encoded: parts[2]), let hash = Data(base64Encoded: parts[3])
                else { throw .malformed(path: path, line: index + 1) }
                exitPin = PinHash(salt: Array(salt), hash: Array(hash), cost: cost)
            } else {
                other[key] = value
            }
        }
    }

    // MARK: Files

    /// Reads the operator's file, refusing one that is not safely the operator's.
    public static func load(path: String) throws(KioskConfigError) -> KioskConfig {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw errno == ENOENT ? .missing(path: path) : .unreadable(path: path)
        }
        guard info.st_mode & S_IFMT != S_IFLNK else { throw .unsafe(path: path) }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o026 == 0 else { throw .unsafe(path: path) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw .unreadable(path: path) }
        return try KioskConfig(text: text, path: path)
    }

    /// Writes the file in one step (a new file renamed over the old): mode 0600, or 0640 owned by
    /// `group` when given. Creates its folder (0755) when missing. Never follows a symbolic link.
    public func write(to path: String, group: gid_t? = nil) throws(KioskConfigError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            } catch {
                throw .cannotWrite(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        var existing = stat()
        if lstat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFLNK { throw .unsafe(path: path) }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var ok = true
        let bytes = Array(text.utf8)
        ok = writeAll(fd, bytes)
        if ok, let group { ok = fchown(fd, uid_t.max, group) == 0 && fchmod(fd, 0o640) == 0 }
        if ok { ok = fchmod(fd, group == nil ? 0o600 : 0o640) == 0 && fsync(fd) == 0 }
        let reason = ok ? "" : String(cString: strerror(errno))
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let why = ok ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw .cannotWrite(path: path, reason: why)
        }
    }
}

/// Writes every byte to `fd`, or returns false.
private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
}

/// Why the operator's kiosk file cannot be used, in words.
public enum KioskConfigError: UserFacingError, Equatable {
    case missing(path: String)
    case unreadable(path: String)
    /// A symbolic link, not a plain file, or open to others.
    case unsafe(path: String)
    case malformed(path: String, line: Int)
    case cannotWrite(path: String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .missing(let path):
            return .init(
                zh: "找不到自助机设置文件 \(path)。请用 yibao operator exit-pin set --config \(path) 创建。",
                en:
                    "There is no kiosk settings file at \(path). Create it with `yibao operator exit-pin set --config \(path)`."
            )
        case .unreadable(let path):
            return .init(
                zh: "无法读取自助机设置文件 \(path)。请检查它的权限。",
                en: "The kiosk settings file \(path) cannot be read. Check its permissions.")
        case .unsafe(let path):
            return .init(
                zh: "自助机设置文件 \(path) 不安全（是链接，或其他人可以修改或读取它），所以没有使用。请让它只属于管理员：chmod 600（或 640）。",
                en:
                    "The kiosk settings file \(path) is not safe (a link, or others may change or read it), so it was not used. "
                    + "Make it the operator's alone: chmod 600 (or 640).")
        case .malformed(let path, let line):
            return .init(
                zh: "自助机设置文件 \(path) 第 \(line) 行看不懂。请用 yibao operator exit-pin set 重新设置。",
                en:
                    "Line \(line) of the kiosk settings file \(path) cannot be read. Set it again with `yibao operator exit-pin set`."
            )
        case .cannotWrite(let path, let reason):
            return .init(
                zh: "无法写入自助机设置文件 \(path)（\(reason)）。什么都没有改动。",
                en: "The kiosk settings file \(path) could not be written (\(reason)). Nothing was changed.")
        }
    }
}
