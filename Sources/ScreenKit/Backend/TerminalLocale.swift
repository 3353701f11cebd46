/// Decides the character locale a terminal backend should use, from the environment alone (pure).
///
/// Wide characters need a UTF-8 locale. When the person asked for UTF-8 (`LANG=zh_CN.UTF-8`) but that
/// locale is not installed, the backend falls back to `C.UTF-8` for *characters*; the app still reads
/// the language (zh or en) from the same variables, so the choice of language is kept.
public enum TerminalLocale {
    /// The locale fallback tried, in order, when the requested UTF-8 locale is missing.
    public static let utf8Fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// The locale name in effect for characters: `LC_ALL`, else `LC_CTYPE`, else `LANG` (the first set
    /// and non-empty), as POSIX orders them; nil when none is set.
    public static func requestedLocale(environment: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// True when the requested locale names UTF-8 (`zh_CN.UTF-8`, `en_US.utf8`, `C.UTF-8`).
    public static func wantsUTF8(environment: [String: String]) -> Bool {
        guard let locale = requestedLocale(environment: environment) else { return false }
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }
}
