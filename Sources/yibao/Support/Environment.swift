import Foundation
import YibaoCore
import YibaoService

/// What the program reads from the outside world, gathered in one place: environment, clock, locale.
enum Environment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    /// Today's date on the local calendar.
    static func today() -> CivilDate { LocalTime.now().date }

    /// The locale string that decides language and character set: LC_ALL, then LC_MESSAGES, then LANG.
    static var localeName: String {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variables[key], !value.isEmpty { return value }
        }
        return "C"
    }

    /// The language the locale asks for: Chinese for `zh*`, English otherwise.
    static var localeLanguage: Language {
        Language(tag: localeName) ?? .en
    }

    /// Whether the locale names a UTF-8 character set (`*.UTF-8`, `*.utf8`).
    static var localeIsUTF8: Bool {
        let lower = localeName.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }
}
