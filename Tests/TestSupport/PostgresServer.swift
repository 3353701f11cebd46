import Foundation

/// The tests' PostgreSQL servers (issue 16): the shared one `.ci/run` starts (`YIBAO_TEST_POSTGRES`, a
/// superuser's URL, and `YIBAO_TEST_POSTGRES_CA`, its certificate), fresh databases on it, and private
/// servers a fault test may stop and start (`.ci/postgres-server`). A test needing a server FAILS when
/// `CI` is set and there is none; elsewhere `isAvailable` lets it be left out.
public enum PostgresServer {
    public static let underCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// The shared server's superuser URL, if one is set.
    public static var url: String? {
        ProcessInfo.processInfo.environment["YIBAO_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The shared server's TLS certificate file.
    public static var certificate: String? {
        ProcessInfo.processInfo.environment["YIBAO_TEST_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether tests that need a server run: always under CI (and fail there without one).
    public static var isAvailable: Bool { url != nil || underCI }

    /// The repository's `.ci/postgres-server` script.
    public static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".ci/postgres-server").path

    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "this test needs PostgreSQL: set YIBAO_TEST_POSTGRES (.ci/run starts a private server with .ci/postgres-server)"
        }
    }

    /// The shared server's URL, or a failure saying what is missing.
    public static func requireURL() throws -> String {
        guard let url else { throw Missing() }
        return url
    }

    /// `url` with its database replaced by `database`.
    public static func url(_ url: String, database: String) -> String {
        var base = url
        if let query = base.firstIndex(of: "?") { base = String(base[..<query]) }
        let slash = base.range(of: "/", options: .backwards)!.lowerBound
        return String(base[..<slash]) + "/" + database + (url.firstIndex(of: "?").map { String(url[$0...]) } ?? "")
    }

    /// A new, empty database on the shared server (no tables: `yibao store migrate` makes them).
    /// Returns its superuser URL.
    public static func freshDatabase(prefix: String = "yibao_e2e") throws -> String {
        let admin = try requireURL()
        let name = prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try psql(admin, "CREATE DATABASE \(name)")
        return url(admin, database: String(name))
    }

    /// Runs SQL with `psql` (stops at the first error); returns what it printed (unaligned, tuples only).
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let output = try Spawn.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
        guard output.status == 0 else { throw Failed(message: "psql: \(output.stderr)") }
        return output.stdout
    }

    public struct Failed: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// A private server in its own folder, for a test that stops, crashes and restarts it.
    public final class Private: @unchecked Sendable {
        public let directory: String
        /// Its superuser's URL (database `postgres`).
        public let url: String

        public init() throws {
            directory = NSTemporaryDirectory() + "yibao-pg-" + UUID().uuidString.prefix(8)
            let output = try PostgresServer.run(["start", directory])
            guard let first = output.split(separator: " ").first else { throw Failed(message: "no URL") }
            url = String(first)
        }

        public func halt() throws { try PostgresServer.run(["halt", directory]) }
        public func crash() throws { try PostgresServer.run(["crash", directory]) }
        public func resume() throws { try PostgresServer.run(["resume", directory]) }
        public func stop() { _ = try? PostgresServer.run(["stop", directory]) }
    }

    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let output = try Spawn.run(["/bin/bash", script] + arguments)
        guard output.status == 0 else { throw Failed(message: "postgres-server \(arguments): \(output.stderr)") }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
