/// Where a store lives, as `--store` or `YIBAO_STORE` name it: a SQLite file (any plain path, the
/// embedded default) or a PostgreSQL server shared by a fleet of kiosks
/// (`postgresql://user@host[:port]/database[?sslmode=…]`, docs/fleet.md).
///
/// Only text starting with `postgresql://` or `postgres://` is a server; anything else is a file path,
/// taken as it is. Text that looks like some other URL (`mysql://…`, `http://…`) is refused rather than
/// created as a folder named `mysql:`.
public enum StoreLocation: Equatable, Sendable {
    /// A SQLite file at this path.
    case file(path: String)
    /// A PostgreSQL server.
    case postgres(PostgresLocation)

    /// Reads `text`; a plain path is a file.
    public static func parse(_ text: String) throws(StoreLocationError) -> StoreLocation {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
            return .postgres(try PostgresLocation.parse(text))
        }
        if let scheme = looksLikeURLScheme(text) { throw .unsupportedScheme(scheme) }
        return .file(path: text)
    }

    /// What may be printed, logged or audited: the path, or the server's URL with any password removed.
    public var display: String {
        switch self {
        case .file(let path): return path
        case .postgres(let location): return location.display
        }
    }

    /// `scheme` when `text` starts `scheme://` with a scheme of letters, digits, `+`, `-` or `.`
    /// (RFC 3986) at least two long (so `C://` on no system here is still a path).
    static func looksLikeURLScheme(_ text: String) -> String? {
        guard let range = text.range(of: "://") else { return nil }
        let scheme = text[text.startIndex..<range.lowerBound]
        guard scheme.count >= 2, let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(scheme)
    }
}
