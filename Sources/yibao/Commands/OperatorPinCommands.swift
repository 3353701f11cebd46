import ArgumentParser
import Foundation
import YibaoCore
import YibaoService
import YibaoStore

/// `yibao operator pin set|reset --person ID`.
struct OperatorPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin", abstract: "Set or remove a person's kiosk PIN.", subcommands: [Set.self, Reset.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set (or replace) a person's kiosk PIN, 4 to 6 digits, and clear any lock.",
            discussion:
                "The PIN is asked for with echo off, or read as one line from standard input; never from the command line."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "The person's ID number.") var person: String

        func run() throws {
            let context = try Context(global)
            let service = try context.openService()
            let id = try context.existingPerson(person, in: service)
            let pin = try PinPrompt.read(
                LocalizedText(zh: "\(id.masked) 的新密码（4 到 6 位数字）", en: "New PIN for \(id.masked) (4 to 6 digits)"),
                language: context.language)
            try perform { try service.setKioskPin(pin, for: id, at: context.now) }
            print(context.text(LocalizedText(zh: "已为 \(id.masked) 设置自助机密码。", en: "Kiosk PIN set for \(id.masked).")))
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person's kiosk PIN (and any lock): they need a new one, set by staff, to sign in.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The person's ID number.") var person: String

        func run() throws {
            let context = try Context(global)
            let service = try context.openService()
            let id = try context.existingPerson(person, in: service)
            try perform { try service.resetKioskPin(for: id, at: context.now) }
            print(
                context.text(
                    LocalizedText(
                        zh: "已清除 \(id.masked) 的自助机密码。请用 yibao operator pin set 设置新密码。",
                        en: "The kiosk PIN of \(id.masked) is removed. Set a new one with `yibao operator pin set`.")))
        }
    }
}

/// `yibao operator exit-pin set [--config PATH] [--group NAME]`: the operator's PIN for leaving the kiosk.
struct OperatorExitPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exit-pin", abstract: "Set the operator PIN that, with the operator keys, leaves the kiosk.",
        subcommands: [Set.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the hashed operator PIN to the operator's kiosk file (mode 0600).",
            discussion: """
                The file is \(KioskConfig.defaultPath) unless --config or $YIBAO_KIOSK_CONFIG names another. \
                With --group, it is 0640 and belongs to that group, so a kiosk user in the group can read \
                (never change) it. The PIN is asked for with echo off, or read from standard input.
                """)
        @Option(help: "The lead language of messages: zh-Hans or en.") var lang: String?
        @Option(help: "The operator's kiosk file (default: $YIBAO_KIOSK_CONFIG, else \(KioskConfig.defaultPath)).")
        var config: String?
        @Option(help: "A group that may read the file (it becomes 0640).") var group: String?

        func run() throws {
            let language = lang.flatMap(Language.init(tag:)) ?? Environment.localeLanguage
            let path = config ?? KioskConfig.path(environment: Environment.variables)
            var gid: gid_t?
            if let group {
                guard let entry = getgrnam(group) else {
                    throw UsageError("--group: there is no group named '\(group)'")
                }
                gid = entry.pointee.gr_gid
            }
            var file = KioskConfig()
            if FileManager.default.fileExists(atPath: path) {
                file = try perform { try KioskConfig.load(path: path) }
            }
            let pin = try PinPrompt.read(
                LocalizedText(zh: "新的管理员退出密码（4 到 6 位数字）", en: "New operator exit PIN (4 to 6 digits)"),
                language: language)
            if let weakness = pin.guessable(for: nil) { throw Refused(weakness) }
            file.exitPin = PinHasher().hash(pin)
            try perform { try file.write(to: path, group: gid) }
            print(
                LocalizedText(zh: "管理员退出密码已保存到 \(path)。", en: "The operator exit PIN is saved in \(path).")
                    .text(language))
        }
    }
}
