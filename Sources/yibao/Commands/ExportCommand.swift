import ArgumentParser
import Foundation
import YibaoService

/// `yibao export`: the whole store as JSON, for backup.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the whole store as JSON, for backup.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try Context(global)
        let service = try context.openService(create: false)
        let export = try perform { try service.export() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(JSONText.escapingControls(try encoder.encode(export)))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
