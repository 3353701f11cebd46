import ArgumentParser
import Foundation
import YibaoCore
import YibaoService
import YibaoStore

/// `yibao import FILE|-`: brings an export (`yibao export`) into a new or empty store, whole or not at all.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Bring an export (yibao export) into a new or empty store, whole or not at all.",
        discussion: """
            Every row is checked as the change that made it would be (names, bindings, payer orders, ledger \
            lines); the first that cannot be accepted is named and nothing is written. The store must hold \
            nothing yet: use --store with a new file. Kiosk PINs are never in an export and must be set again.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The export's file, or - for standard input.") var file: String

    func run() throws {
        let context = try Context(global)
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw Refused(
                    LocalizedText(zh: "无法读取 \(file)。什么都没有改动。", en: "\(file) cannot be read. Nothing was changed."))
            }
            data = read
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw Refused(TextInRefusal.notUTF8(what: LocalizedText(zh: "导出文件", en: "The export")))
        }
        let export: StoreExport
        do {
            export = try JSONDecoder().decode(StoreExport.self, from: data)
        } catch {
            throw Refused(
                LocalizedText(
                    zh: "这不是医保的导出文件（JSON 读不懂：\(Self.describe(error))）。什么都没有改动。",
                    en: "This is not a Yibao export (the JSON cannot be read: \(Self.describe(error))). Nothing was changed."))
        }
        let service = try context.openService(create: true, policy: true)
        try perform { try service.importExport(export) }
        print(
            context.text(
                LocalizedText(
                    zh: "已导入：\(export.persons.count) 人，\(export.bindings.count) 个绑定，\(export.ledger.count) 条账目。",
                    en: "Imported \(export.persons.count) people, \(export.bindings.count) bindings and "
                        + "\(export.ledger.count) ledger lines.")))
    }

    static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.keyNotFound(let key, _) = error { return "missing \(key.stringValue)" }
        if case DecodingError.typeMismatch(_, let context) = error {
            return context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        if case DecodingError.valueNotFound(_, let context) = error {
            return context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        return "\(error)"
    }
}
