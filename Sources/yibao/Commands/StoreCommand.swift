import ArgumentParser
import Foundation
import YibaoCore
import YibaoService
import YibaoStore

/// `yibao store …`: the administrator's tools for a fleet's PostgreSQL store (docs/fleet.md).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Administer a fleet's PostgreSQL store (make its tables, grant the kiosks' role).",
        subcommands: [StoreMigrateCommand.self])
}

/// `yibao store migrate --store postgresql://admin@host/db [--grant ROLE]`: the one step that changes
/// the server's tables. Run it with the database owner's role; the kiosks' role needs no DDL.
struct StoreMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Make or update a PostgreSQL store's tables (as the database owner); --grant gives the kiosks' role its rights.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The kiosks' role: granted reading and writing rows, and nothing else.") var grant: String?

    func run() throws {
        let context = try Context(global)
        guard case .postgres(let server) = context.storeLocation else {
            throw Refused(
                LocalizedText(
                    zh: "只有 PostgreSQL 仓库需要这一步（--store postgresql://…）；数据文件在打开时自动更新。",
                    en: "Only a PostgreSQL store needs this step (--store postgresql://…); a file is updated when opened."))
        }
        let ran = try perform { try StoreOpening.migrate(server, grantTo: grant) }
        print(
            context.text(
                LocalizedText(
                    zh: "\(context.storePath)：已执行 \(ran) 个迁移，表结构是最新的。" + (grant.map { "已授权给 \($0)。" } ?? ""),
                    en: "\(context.storePath): \(ran) migrations run; the tables are up to date."
                        + (grant.map { " Granted to \($0)." } ?? ""))))
    }
}
