/// How the drawing set is chosen: `--charset auto|unicode|ascii` or `YIBAO_CHARSET`.
///
/// `.auto` (the default) asks the terminal, before the screen starts, how wide it draws one ambiguous
/// character (`AmbiguousWidthProbe`); no answer means `.unicode`. A locale that is not UTF-8 always
/// gets `.ascii`.
public enum CharsetChoice: String, Hashable, Sendable, CaseIterable {
    case auto, unicode, ascii

    /// The environment variable that chooses the set when `--charset` is not given.
    public static let environmentVariable = "YIBAO_CHARSET"

    /// The choice named by `text` (`auto`, `unicode`, `ascii`; any case, spaces trimmed), or nil.
    public init?(name text: String) {
        let trimmed = text.trimmingSpaces().lowercased()
        self.init(rawValue: trimmed)
    }

    /// The choice from the option, else from `YIBAO_CHARSET` (an empty variable counts as unset).
    /// Throws `CharsetChoiceError` naming what was given when either is not a known name.
    public static func resolve(option: String?, environment: [String: String]) throws(CharsetChoiceError)
        -> CharsetChoice
    {
        if let option {
            guard let choice = CharsetChoice(name: option) else {
                throw CharsetChoiceError(given: option, source: "--charset")
            }
            return choice
        }
        if let value = environment[environmentVariable], !value.trimmingSpaces().isEmpty {
            guard let choice = CharsetChoice(name: value) else {
                throw CharsetChoiceError(given: value, source: environmentVariable)
            }
            return choice
        }
        return .auto
    }

    /// The set to draw with: a fixed choice as it is; `.auto` from what the probe found (nil: no answer).
    public func charset(probed: Charset?) -> Charset {
        switch self {
        case .unicode: return .unicode
        case .ascii: return .ascii
        case .auto: return probed ?? .unicode
        }
    }
}

/// `--charset` or `YIBAO_CHARSET` named no known set.
public struct CharsetChoiceError: Error, Hashable, Sendable {
    /// What was given.
    public var given: String
    /// Where: `--charset` or `YIBAO_CHARSET`.
    public var source: String

    public var zh: String { "\(source) 只能是 auto、unicode 或 ascii，不能是「\(given)」。" }
    public var en: String { "\(source) must be auto, unicode or ascii, not '\(given)'." }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
