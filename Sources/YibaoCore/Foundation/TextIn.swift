/// Text coming in (a command-line argument, a typed field, an imported file) must be valid UTF-8.
///
/// Swift decodes bytes that are not UTF-8 (a name in GBK, say) as U+FFFD, the replacement character,
/// which would then be saved as `����`. So bytes are checked where they are still bytes (the command
/// line's `argv`, an import's file), and a name or note holding U+FFFD is refused by the model, which
/// covers every other way in (forms included).
public enum TextIn {
    /// The mark a decoder leaves where bytes were not valid UTF-8.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `text` holds the replacement character, so cannot be kept as it was meant.
    public static func isDamaged(_ text: String) -> Bool {
        text.unicodeScalars.contains(replacement)
    }

    /// Whether these bytes are valid UTF-8.
    public static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}

/// Text refused because it is not valid UTF-8, saying what it was.
public enum TextInRefusal: UserFacingError, Equatable {
    /// `what` (an argument, a file, a name) is not valid UTF-8.
    case notUTF8(what: LocalizedText)

    public var message: LocalizedText {
        switch self {
        case .notUTF8(let what):
            return .init(
                zh: "\(what.zh)不是有效的 UTF-8 文字（可能是 GBK 等其他编码），所以没有使用。请用 UTF-8 重新输入。什么都没有改动。",
                en: "\(what.en) is not valid UTF-8 text (perhaps another encoding, such as GBK), so it was not used. "
                    + "Please give it again in UTF-8. Nothing was changed.")
        }
    }
}
