/// The languages Yibao speaks: Simplified Chinese and English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zhHans = "zh-Hans"
    case en

    /// Reads `zh-Hans`, `zh`, `zh_CN`, `en`, `en_US` and the like; nil for anything else.
    public init?(tag: String) {
        let lower = tag.lowercased()
        if lower.hasPrefix("zh") {
            self = .zhHans
        } else if lower.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }
}

/// A short text in both languages, as every user-facing message in Yibao is.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language == .zhHans ? zh : en
    }
}

/// An error a person can cause (a typo, a refused binding): it carries a message in both languages.
public protocol UserFacingError: Error, Sendable {
    var message: LocalizedText { get }
}
