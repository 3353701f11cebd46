import Foundation
import YibaoCore
import YibaoService

/// What the program reads from the outside world, gathered in one place: environment, clock, locale.
enum Environment {
    /// Every variable. Foundation builds this dictionary afresh at each read (~0.4 million instructions
    /// with a small environment), so start-up reads single variables with `variable(_:)` instead.
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    /// One variable's value (`getenv`), nil when it is not set.
    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables of `names` that are set, for a reader that takes a dictionary but looks only at these.
    static func variables(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names { found[name] = variable(name) }
        return found
    }

    /// Today's date on the local calendar.
    static func today() -> CivilDate { LocalTime.now().date }

    /// The locale string that decides language and character set: LC_ALL, then LC_MESSAGES, then LANG.
    static var localeName: String {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variable(key), !value.isEmpty { return value }
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
