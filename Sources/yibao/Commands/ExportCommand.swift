import ArgumentParser
import Foundation

/// `yibao export`: the whole store as JSON, for backup.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the whole store as JSON, for backup.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try Context(global)
        let store = try context.openStore(create: false)
        let export = try perform { try store.export() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(JSONText.escapingControls(try encoder.encode(export)))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
