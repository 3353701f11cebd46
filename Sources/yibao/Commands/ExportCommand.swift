import ArgumentParser
import Foundation
import YibaoCore
import YibaoService

/// `yibao export [--output FILE [--force]]`: the whole store as JSON, for backup or for `yibao import`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the whole store as JSON (or write it to --output FILE, mode 0600).",
        discussion: """
            The export holds every name and full ID number. With --output, the file is created readable by \
            you alone (0600) whatever the umask, and an existing file is not replaced unless --force is given.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: "Write the export to this file (mode 0600) instead of standard output.") var output: String?
    @Flag(help: "With --output: replace a file that is already there.") var force = false

    func run() throws {
        let context = try Context(global)
        if force && output == nil { throw UsageError("--force is only used with --output FILE") }
        let service = try context.openService(create: false)
        let export = try perform { try service.export() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = JSONText.escapingControls(try encoder.encode(export)) + Data("\n".utf8)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        try perform { try PrivateFile.write(data, to: output, replacing: force) }
        print(
            context.text(
                LocalizedText(
                    zh: "已导出到 \(output)（只有您能读取）。", en: "Exported to \(output) (readable by you alone).")))
    }
}
