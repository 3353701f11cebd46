import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

import YibaoCore

extension StoreBackups {
    /// Why the `backups/` folder beside the store cannot be used safely, in words, or nil when it can
    /// (or does not exist yet and will be made): a link, not a folder, someone else's, or not writable.
    /// Backups are then skipped (a copy is never written through such a folder) while changes are still
    /// saved, so this is said on stderr by every command, on the app's status line and by
    /// `yibao restore --list`, instead of backups stopping unseen.
    public static func folderProblem(for storePath: String) -> LocalizedText? {
        let folder = folder(for: storePath)
        var info = stat()
        guard lstat(folder, &info) == 0 else { return nil }
        let why: LocalizedText
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            why = LocalizedText(zh: "是一个链接", en: "is a link")
        case S_IFDIR:
            if info.st_uid != geteuid() {
                why = LocalizedText(
                    zh: "属于另一个用户（编号 \(info.st_uid)）", en: "belongs to another user (uid \(info.st_uid))")
            } else if access(folder, W_OK | X_OK) != 0 {
                why = LocalizedText(zh: "不能写入", en: "cannot be written")
            } else {
                return nil
            }
        default:
            why = LocalizedText(zh: "不是文件夹", en: "is not a folder")
        }
        return LocalizedText(
            zh: "注意：备份已停止：备份文件夹 \(folder) \(why.zh)，不能安全使用。修改照常保存，但不会再有安全副本。"
                + "请移走它，医保会重新建立（0700）。",
            en: "Warning: backups have stopped: the backups folder \(folder) \(why.en), so it cannot be used safely. "
                + "Changes are still saved, but no safety copies are made. Move it away and Yibao makes a new one (0700).")
    }

    /// The same in one line, for the app's status line.
    public static func folderProblemStatus(for storePath: String) -> LocalizedText? {
        guard folderProblem(for: storePath) != nil else { return nil }
        return LocalizedText(
            zh: "备份已停止：备份文件夹不能安全使用（修改照常保存）。详见 yibao restore --list。",
            en: "Backups have stopped: the backups folder cannot be used safely (changes are still saved). "
                + "See yibao restore --list.")
    }
}
