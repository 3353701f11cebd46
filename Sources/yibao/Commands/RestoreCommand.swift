import ArgumentParser
import Foundation
import YibaoCore
import YibaoStore

/// `yibao restore [--from BACKUP] [--list]`: put a backup from `backups/` in place of the store. The
/// file that was there is kept beside it, unchanged (`<name>.replaced-<time>`).
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract:
            "Put the newest backup (or --from BACKUP) in place of the store; the old file is kept beside it."
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "The backup to use (default: the newest in backups/ beside the store).") var from: String?
    @Flag(help: "List the backups, newest first, and change nothing.") var list = false

    func run() throws {
        let context = try Context(global)
        let backups = StoreBackups.list(for: context.storePath)
        if list {
            if let problem = StoreBackups.folderProblem(for: context.storePath) { print(context.text(problem)) }
            if backups.isEmpty {
                print(context.text(LocalizedText(zh: "还没有备份。", en: "There are no backups yet.")))
            }
            for backup in backups { print("\(backup.path)  \(backup.reason)") }
            return
        }
        guard let source = from ?? backups.first?.path else {
            throw Refused(
                LocalizedText(
                    zh: "没有找到 \(context.storePath) 的备份（应在旁边的 backups 文件夹里）。什么都没有改动。",
                    en:
                        "There is no backup of \(context.storePath) (they are kept in the backups folder beside it). "
                        + "Nothing was changed."))
        }
        let setAside = try perform { try StoreBackups.restore(source, to: context.storePath) }
        // Open it once: it must be a store this build can use (older formats are migrated now).
        _ = try context.openStore(create: false)
        print(
            context.text(LocalizedText(zh: "已用备份恢复：\(source)", en: "Restored from the backup \(source)."))
        )
        if let setAside {
            print(
                context.text(
                    LocalizedText(
                        zh: "原来的文件原样保留在：\(setAside)",
                        en: "The file that was there is kept, unchanged, as \(setAside).")))
        }
    }
}
