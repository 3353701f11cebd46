import Foundation
import YibaoCore

/// A PostgreSQL server named by a `postgresql://user[:password]@host[:port]/database[?sslmode=…]` URL.
///
/// The password is normally not in the URL: it comes from `PGPASSWORD` or `~/.pgpass`, as libpq reads
/// them (`resolvingPassword`). One written in the URL is accepted but never shown: `display` and
/// `description` leave it out, so it is never printed, logged or written to the audit trail.
public struct PostgresLocation: Equatable, Sendable, CustomStringConvertible {
    /// How the connection is protected (libpq's `sslmode` words).
    public enum SSLMode: String, Sendable, CaseIterable {
        /// No TLS (a server on loopback).
        case disable
        /// TLS when the server offers it (libpq's default; Yibao's too, for a server on loopback).
        case prefer
        /// TLS always, without checking the certificate's name.
        case require
        /// TLS always, the chain checked against `sslrootcert` (or the system's roots).
        case verifyCA = "verify-ca"
        /// TLS always, the chain and the host name both checked.
        case verifyFull = "verify-full"
    }

    public var user: String
    /// Only when written in the URL (or filled in by `resolvingPassword`); never displayed.
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// `sslrootcert=`: the CA certificate file (PEM) that verify-ca and verify-full check against.
    public var sslRootCert: String?

    public init(
        user: String, password: String? = nil, host: String, port: Int = 5432, database: String,
        sslMode: SSLMode = .prefer, sslRootCert: String? = nil
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
        self.sslRootCert = sslRootCert
    }

    /// The URL without the password: what may be shown anywhere.
    public var display: String {
        var text = "postgresql://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        var query: [String] = []
        if sslMode != .prefer { query.append("sslmode=\(sslMode.rawValue)") }
        if let sslRootCert { query.append("sslrootcert=\(sslRootCert)") }
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        return text
    }

    public var description: String { display }

    /// Reads the URL. Refuses (with the reason) one without a user, host or database, with a port out of
    /// range, or with a query option Yibao does not know.
    public static func parse(_ text: String) throws(StoreLocationError) -> PostgresLocation {
        guard let schemeEnd = text.range(of: "://") else { throw .malformed("no postgresql://") }
        var rest = Substring(text[schemeEnd.upperBound...])
        var queryText: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            queryText = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let slash = rest.firstIndex(of: "/") else { throw .malformed("no database name after the host") }
        let authority = rest[..<slash]
        let database = try decode(rest[rest.index(after: slash)...])
        guard !database.isEmpty, !database.contains("/") else { throw .malformed("no database name after the host") }
        guard let at = authority.lastIndex(of: "@") else { throw .malformed("no user name (user@host)") }
        let credentials = authority[..<at]
        let hostPort = authority[authority.index(after: at)...]
        let user: String
        var password: String?
        if let colon = credentials.firstIndex(of: ":") {
            user = try decode(credentials[..<colon])
            password = try decode(credentials[credentials.index(after: colon)...])
        } else {
            user = try decode(credentials)
        }
        guard !user.isEmpty else { throw .malformed("no user name (user@host)") }
        let (host, port) = try splitHost(hostPort)
        var location = PostgresLocation(user: user, password: password, host: host, port: port, database: database)
        for pair in queryText.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            switch key {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else { throw .malformed("sslmode=\(value) is unknown") }
                location.sslMode = mode
            case "sslrootcert":
                location.sslRootCert = value
            case "password":
                location.password = value
            default:
                throw .malformed("the option \(key) is unknown (sslmode and sslrootcert are known)")
            }
        }
        return location
    }

    private static func splitHost(_ text: Substring) throws(StoreLocationError) -> (String, Int) {
        var host: Substring
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .malformed("an unclosed [ in the host") }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty {
                throw .malformed("text after the host's ]")
            }
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        } else {
            host = text
        }
        guard !host.isEmpty else { throw .malformed("no host name") }
        var port = 5432
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else {
                throw .malformed("the port must be a number from 1 to 65535")
            }
            port = number
        }
        return (try decode(host), port)
    }

    private static func decode(_ text: Substring) throws(StoreLocationError) -> String {
        guard let decoded = String(text).removingPercentEncoding else { throw .malformed("a bad %-escape") }
        return decoded
    }

    /// This location with its password found as libpq finds it: the URL's own, else `PGPASSWORD`, else
    /// the first matching line of the password file (`PGPASSFILE`, else `~/.pgpass`; ignored unless it
    /// is a regular file others cannot read, as libpq does). Nil password: the server needs none
    /// (trust, peer, or a certificate).
    public func resolvingPassword(environment: [String: String]) -> PostgresLocation {
        guard password == nil else { return self }
        var resolved = self
        if let fromEnvironment = environment["PGPASSWORD"], !fromEnvironment.isEmpty {
            resolved.password = fromEnvironment
            return resolved
        }
        let file =
            environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { ($0.hasSuffix("/") ? $0 : $0 + "/") + ".pgpass" }
        guard let file, PgPassFile.isPrivate(file), let text = try? String(contentsOfFile: file, encoding: .utf8)
        else { return self }
        resolved.password = PgPassFile.password(in: text, host: host, port: port, database: database, user: user)
        return resolved
    }
}

/// Why a `--store` value could not be used; never repeats a password.
public enum StoreLocationError: Error, Equatable, Sendable {
    case unsupportedScheme(String)
    case malformed(String)
}

extension StoreLocationError: UserFacingError {
    public var message: LocalizedText {
        switch self {
        case .unsupportedScheme(let scheme):
            return .init(
                zh: "--store 的“\(scheme)://”不是医保助手认识的地址：请给一个文件路径，或 postgresql://用户@主机/数据库。",
                en: "--store: \(scheme):// is not a store Yibao knows. Give a file path, or postgresql://user@host/database.")
        case .malformed(let reason):
            return .init(
                zh: "--store 的 PostgreSQL 地址写得不对（\(reason)）。格式：postgresql://用户@主机[:端口]/数据库[?sslmode=…]。",
                en: "--store: the PostgreSQL URL is not right (\(reason)). "
                    + "The form is postgresql://user@host[:port]/database[?sslmode=…].")
        }
    }
}
