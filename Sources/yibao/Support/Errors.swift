import YibaoCore
import YibaoStore

/// The model or the store refused: exit code 1, message on stderr in the user's language.
struct Refused: Error {
    let message: LocalizedText
    init(_ message: LocalizedText) { self.message = message }
    /// A store error also says which backup may stand in for a damaged file, and how to use it.
    init(_ error: any UserFacingError) {
        self.message = (error as? StoreError)?.messageWithRecovery ?? error.message
    }
    init(policyFile error: PolicyFileError) {
        message = LocalizedText(
            zh: "政策文件有误，未作任何更改：\(error.description)",
            en: "A policy file is wrong; nothing was changed: \(error.description)")
    }
}

/// The command line itself was wrong: exit code 2.
struct UsageError: Error {
    let message: String
    /// The message in both languages, when it has them (printed in the user's language).
    var localized: LocalizedText?
    init(_ message: String) { self.message = message }
    init(_ message: LocalizedText) {
        self.message = message.en
        localized = message
    }

    /// The message and where to read more, both in `language` (a Chinese message ends in Chinese).
    func lines(_ language: Language) -> [String] {
        let help = LocalizedText(zh: "用法请看 `yibao --help`。", en: "Try `yibao --help`.")
        return [localized?.text(language) ?? message, help.text(language)]
    }
}

/// Runs `body`, turning the model's, the service's and the store's refusals into `Refused` (exit code 1).
func perform<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as any UserFacingError {
        throw Refused(error)
    }
}
