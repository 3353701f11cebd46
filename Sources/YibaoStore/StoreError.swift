import YibaoCore

/// Why the store could not be opened, read or written, in words a person can act on.
///
/// Every refusal to open says whether the file was changed (it never is) and what to do next.
public enum StoreError: UserFacingError, Equatable {
    /// The file does not exist and the caller asked not to create it.
    case notFound(path: String)
    /// The store path is a symbolic link; Yibao does not follow it (so it can never overwrite another file).
    case symlink(path: String)
    /// The path names a folder or a device, not a file.
    case notAFile(path: String)
    /// The file is not a database at all (text, a picture, random bytes).
    case notSQLite(path: String)
    /// The file is another program's SQLite database.
    case foreign(path: String)
    /// The file looks like a Yibao store but is damaged (truncated, overwritten bytes).
    case damaged(path: String)
    /// The file was written by a newer version of Yibao.
    case newer(path: String, found: Int, known: Int)
    /// The file (or its folder) may not be written.
    case readOnly(path: String)
    /// The disk is full.
    case diskFull(path: String)
    /// Another Yibao kept the store busy for too long.
    case busy(path: String)
    /// The file or folder could not be read or created (permissions, missing folder, I/O error).
    case cannotOpen(path: String, reason: String)
    /// A change did not fit what is saved (a person saved twice, a binding that is not there).
    case inconsistent(detail: String)
    /// Something else went wrong; `detail` is kept for a support request.
    case unexpected(detail: String)
    /// Other people on this computer may read or change the store file (its permission bits, e.g. 0o644).
    case exposed(path: String, mode: Int)
    /// The store file belongs to another user (`owner` is their numeric user id).
    case notOwner(path: String, owner: Int)
    /// A safety copy could not be made, so the step that needed it (a migration, a restore) was not taken.
    case backupFailed(path: String, reason: String)
    /// The PostgreSQL server of a fleet cannot be reached (stopped, restarting, the network down).
    /// `server` is its URL without any password. Nothing was saved; Yibao tries again by itself.
    case serverUnreachable(server: String)
    /// The PostgreSQL server answered but refused (a wrong password, a role without rights, tables not
    /// made yet: `yibao store migrate`). `server` is its URL without any password.
    case serverRefused(server: String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .notFound(let path):
            return .init(
                zh: "找不到数据文件 \(path)。请检查路径，或用 --store 选择另一个文件。",
                en: "There is no data file at \(path). Check the path, or use --store to choose another file.")
        case .symlink(let path):
            return .init(
                zh: "\(path) 是一个快捷方式（符号链接），医保助手不会通过它写入，以免覆盖别的文件。什么都没有改动。请用 --store 指定真正的文件。",
                en:
                    "\(path) is a symbolic link. Yibao does not write through links, so that it never overwrites another file. "
                    + "Nothing was changed. Use --store to give the real file.")
        case .notAFile(let path):
            return .init(
                zh: "\(path) 是一个文件夹或设备，不是数据文件。什么都没有改动。请用 --store 选择一个文件。",
                en:
                    "\(path) is a folder or a device, not a data file. Nothing was changed. Use --store to choose a file."
            )
        case .notSQLite(let path):
            return .init(
                zh: "\(path) 不是医保助手的数据文件（它根本不是数据库）。什么都没有改动。请用 --store 选择另一个文件。",
                en: "\(path) is not a Yibao store (it is not a database at all). Nothing was changed. "
                    + "Use --store to choose another file.")
        case .foreign(let path):
            return .init(
                zh: "\(path) 是别的程序的数据库，不是医保助手的数据文件。什么都没有改动。请用 --store 选择另一个文件。",
                en: "\(path) is another program's database, not a Yibao store. Nothing was changed. "
                    + "Use --store to choose another file.")
        case .damaged(let path):
            return .init(
                zh: "数据文件 \(path) 已损坏（可能被截断或部分被覆盖）。什么都没有改动。请用备份替换它，或用 --store 选择另一个文件。",
                en: "The data file \(path) is damaged (perhaps cut short or partly overwritten). Nothing was changed. "
                    + "Replace it with a backup, or use --store to choose another file.")
        case .newer(let path, let found, let known):
            return .init(
                zh: "数据文件 \(path) 是由更新版本的医保助手保存的（格式 \(found)，本版本只认识到 \(known)）。什么都没有改动。请升级医保助手后再打开。",
                en:
                    "The data file \(path) was saved by a newer Yibao (format \(found); this version knows up to \(known)). "
                    + "Nothing was changed. Please update Yibao, then open it again.")
        case .readOnly(let path):
            return .init(
                zh: "数据文件 \(path) 或它所在的文件夹不允许写入。这次没有保存任何内容。请检查文件权限，或用 --store 选择另一个文件。",
                en: "The data file \(path) or its folder may not be written. Nothing was saved. "
                    + "Check the file's permissions, or use --store to choose another file.")
        case .diskFull(let path):
            return .init(
                zh: "磁盘已满，无法保存到 \(path)。这次没有保存任何内容。请腾出一些空间后再试。",
                en:
                    "The disk is full, so nothing could be saved to \(path). Nothing was saved. Free some space and try again."
            )
        case .busy(let path):
            return .init(
                zh: "另一个医保助手窗口正在使用数据文件 \(path)，等了很久仍未完成。这次没有保存任何内容。请关闭其他窗口后再试。",
                en:
                    "Another Yibao window is using the data file \(path) and did not finish in time. Nothing was saved. "
                    + "Close the other window and try again.")
        case .cannotOpen(let path, let reason):
            return .init(
                zh: "无法打开或创建数据文件 \(path)（\(reason)）。请检查路径和权限，或用 --store 选择另一个文件。",
                en: "The data file \(path) could not be opened or created (\(reason)). "
                    + "Check the path and permissions, or use --store to choose another file.")
        case .inconsistent(let detail):
            return .init(
                zh: "这次修改与已保存的信息不一致，所以没有保存任何内容。请重新打开后再试。（详情：\(detail)）",
                en: "This change does not fit what is already saved, so nothing was saved. "
                    + "Please reopen and try again. (Details: \(detail))")
        case .unexpected(let detail):
            return .init(
                zh: "保存或读取数据时出了意外的问题，没有保存任何内容。请再试一次；如果仍然出错，请把这条信息告诉帮助您的人。（详情：\(detail)）",
                en: "Something unexpected went wrong while reading or saving. Nothing was saved. Please try again; "
                    + "if it happens again, show this message to whoever helps you. (Details: \(detail))")
        case .exposed(let path, let mode):
            let bits = String(mode & 0o777, radix: 8)
            return .init(
                zh: "数据文件 \(path) 的权限是 \(bits)，本机的其他用户也能读取或修改它。为保护您的信息，医保助手不会打开它。什么都没有改动。"
                    + "请运行 chmod 600 \(path) 后再试。",
                en: "Other people on this computer can read or change the data file \(path) (permissions \(bits)). "
                    + "To protect your records Yibao will not open it. Nothing was changed. "
                    + "Run chmod 600 \(path), then try again.")
        case .notOwner(let path, let owner):
            return .init(
                zh: "数据文件 \(path) 属于另一个用户（编号 \(owner)），不是您的。医保助手不会打开它。什么都没有改动。"
                    + "请用 --store 选择您自己的文件，或请管理员把它交给您（chown）。",
                en:
                    "The data file \(path) belongs to another user (user id \(owner)), not to you. Yibao will not open it. "
                    + "Nothing was changed. Use --store to choose your own file, or ask an administrator to give it to you (chown)."
            )
        case .backupFailed(let path, let reason):
            return .init(
                zh: "无法为数据文件 \(path) 做安全备份（\(reason)），所以这一步没有进行。什么都没有改动。请检查磁盘空间和 backups 文件夹的权限后再试。",
                en: "A safety copy of the data file \(path) could not be made (\(reason)), so this step was not taken. "
                    + "Nothing was changed. Check the free space and the permissions of the backups folder, then try again."
            )
        case .serverUnreachable(let server):
            return .init(
                zh: "暂时连不上共用的数据服务器（\(server)）。已保存的信息都还在；这次没有保存任何内容。服务器恢复后会自动继续，请稍后再试。",
                en: "The shared data server (\(server)) cannot be reached just now. Everything saved before is safe; "
                    + "nothing was saved this time. Yibao carries on by itself when the server is back: please try again shortly.")
        case .serverRefused(let server, let reason):
            return .init(
                zh: "共用的数据服务器（\(server)）拒绝了请求（\(reason)）。什么都没有改动。请把这条信息告诉管理员。",
                en: "The shared data server (\(server)) refused the request (\(reason)). Nothing was changed. "
                    + "Please show this message to the administrator.")
        }
    }
}

extension StoreError {
    /// The status line while a fleet's server cannot be reached (short: it shares the line with nothing).
    public static let serverAwayStatus = LocalizedText(
        zh: "暂时连不上共用服务器：已保存的信息都在，恢复后自动继续。",
        en: "The shared server cannot be reached just now: saved data is safe; Yibao goes on when it is back.")
}
