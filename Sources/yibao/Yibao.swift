import ArgumentParser
import Foundation
import YibaoCore

/// `yibao`: the full-screen app when run without a subcommand; the subcommands are the same model
/// for scripts, screen readers and operators.
@main
struct Yibao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yibao",
        abstract: "医保 Yibao: your medical-insurance personal account, family mutual aid and withdrawal rules.",
        discussion: """
            Run without a subcommand to open the full-screen app. People are named by their ID number.
            Exit codes: 0 done, 1 refused (the reason is printed), 2 the command line was wrong.
            """,
        // `yibao --version`: the package's VERSION file, compiled in by the EmbedVersion plugin.
        version: yibaoVersion,
        subcommands: [
            AppCommand.self, DemoCommand.self, InitCommand.self, PersonCommand.self, BalanceCommand.self, LedgerCommand.self,
            CreditCommand.self, RelativesCommand.self, PayersCommand.self, PayCommand.self, PremiumCommand.self, RulesCommand.self,
            ExportCommand.self, ImportCommand.self, OperatorCommand.self, KioskCommand.self, RestoreCommand.self,
            StoreCommand.self,
        ],
        defaultSubcommand: AppCommand.self
    )

    /// Runs the command and maps every outcome to the documented exit codes.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = Environment.localeLanguage
        // Every argument must be UTF-8: Swift would quietly turn other bytes (a name in GBK) into U+FFFD.
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) == nil else { continue }
            let what = LocalizedText(zh: "第 \(index) 个参数", en: "Argument \(index)")
            printError(TextInRefusal.notUTF8(what: what).message.text(languageArgument(arguments) ?? language))
            Foundation.exit(2)
        }
        do {
            if let options = GlobalOptions.quickParse(arguments) {
                try quickApp(options)
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
            Foundation.exit(0)
        } catch let refused as Refused {
            printError(refused.message.text(languageArgument(arguments) ?? language))
            Foundation.exit(1)
        } catch let usage as UsageError {
            usage.lines(languageArgument(arguments) ?? language).forEach(printError)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                printText(fullMessage(for: error))
                Foundation.exit(0)
            }
            printError(fullMessage(for: error))
            Foundation.exit(2)
        }
    }

    /// The full-screen app when the command line is only its options (`GlobalOptions.quickParse`); anything
    /// else (a subcommand, help, a mistake) ArgumentParser reads as before. Building ArgumentParser's command
    /// tree reflects over every subcommand's options (~40 million instructions), and even an `AppCommand`
    /// made by hand makes its option wrappers (~1.2 million): this runs what `AppCommand.run` runs with its
    /// other options at their defaults (no `--charset`, not `--kiosk`) and no ArgumentParser value at all.
    static func quickApp(_ options: OptionValues) throws {
        try AppCommand.run(options, charset: nil, kiosk: false)
    }

    /// The `--lang` given on the command line, read directly so even a failed command speaks it.
    private static func languageArgument(_ arguments: [String]) -> Language? {
        for (i, argument) in arguments.enumerated() {
            if argument == "--lang", i + 1 < arguments.count { return Language(tag: arguments[i + 1]) }
            if argument.hasPrefix("--lang=") { return Language(tag: String(argument.dropFirst(7))) }
        }
        return nil
    }
}

/// Writes a message to standard error, sanitised: messages may quote what was typed.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((PlainText.safe(text) + "\n").utf8))
}
