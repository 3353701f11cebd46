import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import YibaoStore

/// One connection to the fleet's PostgreSQL server, used synchronously: Yibao's loop and commands
/// are synchronous, postgres-nio is not. One event-loop thread (its own `MultiThreadedEventLoopGroup`)
/// runs the client; callers (never on that thread) wait for each reply. Calls are serialised by a lock.
///
/// The connection is made on first use and made again after the server went away, so a kiosk carries
/// on by itself when the server returns. A failure to reach the server is `StoreError.serverUnreachable`;
/// nothing here ever prints or logs the password (the logger is silent).
final class PostgresLink: @unchecked Sendable {
    let location: PostgresLocation
    private let group: MultiThreadedEventLoopGroup
    private let configuration: PostgresConnection.Configuration
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var nextID = 1
    private let logger = Logger(label: "yibao.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private let connectTimeout: TimeInterval

    init(location: PostgresLocation, connectTimeout: TimeInterval = 5) throws(StoreError) {
        self.location = location
        self.connectTimeout = connectTimeout
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            configuration = try PostgresLink.configuration(location, connectTimeout: connectTimeout)
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    deinit {
        if let connection { PostgresLink.close(connection) }
        try? group.syncShutdownGracefully()
    }

    /// Closes the connection (a later call connects again).
    func disconnect() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { PostgresLink.close(connection) }
        connection = nil
    }

    /// Closes `connection`, waiting a moment at most (a dead server's socket may never say goodbye).
    static func close(_ connection: PostgresConnection) {
        _ = try? PostgresWait.wait(connection.close(), on: nil, timeout: 2)
    }

    /// Runs `body` with the open connection, holding the lock: a transaction is made of several
    /// queries on the same connection, so it runs wholly inside one `withConnection`.
    func withConnection<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let connection = try openConnection()
        do {
            return try body(PostgresSession(connection: connection, logger: logger))
        } catch {
            if connection.isClosed || PostgresLink.isConnectionLoss(error) {
                PostgresLink.close(connection)
                self.connection = nil
            }
            throw error
        }
    }

    private func openConnection() throws(StoreError) -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        let id = nextID
        nextID += 1
        do {
            // postgres-nio ends a connection attempt at its connect timeout; the wait allows a little more.
            let opened = try PostgresWait.wait(
                PostgresConnection.connect(on: group.next(), configuration: configuration, id: id, logger: logger),
                on: nil, timeout: connectTimeout + 5)
            connection = opened
            return opened
        } catch {
            throw mapError(error)
        }
    }

    /// The store error a client failure means, in words that never hold the password.
    func mapError(_ error: any Error) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        let server = location.display
        if error is PostgresLinkLost { return .serverUnreachable(server: server) }
        if let psql = error as? PSQLError {
            if psql.code == .server, let state = psql.serverInfo?[.sqlState] {
                let text = psql.serverInfo?[.message] ?? state
                switch state {
                case "28P01", "28000": return .serverRefused(server: server, reason: "authentication failed: \(text)")
                case "42501": return .serverRefused(server: server, reason: "permission denied: \(text)")
                case "3D000": return .serverRefused(server: server, reason: "no such database: \(text)")
                case "57P01", "57P02", "57P03", "08000", "08003", "08006": return .serverUnreachable(server: server)
                default: return .unexpected(detail: "PostgreSQL \(state): \(text)")
                }
            }
            if psql.code == .sslUnsupported {
                return .serverRefused(server: server, reason: "the server does not offer TLS (sslmode=require)")
            }
            if psql.code == .authMechanismRequiresPassword {
                return .serverRefused(server: server, reason: "a password is needed: set PGPASSWORD or ~/.pgpass")
            }
            if psql.code == .failedToAddSSLHandler || psql.code == .connectionError,
                let underlying = psql.underlying, String(describing: underlying).contains("handshake")
                    || String(describing: underlying).lowercased().contains("certificate")
            {
                return .serverRefused(server: server, reason: "TLS: \(underlying)")
            }
            if PostgresLink.isConnectionLoss(psql) { return .serverUnreachable(server: server) }
            return .unexpected(detail: "PostgreSQL client: \(psql.code)")
        }
        if error is NIOSSLError || error is BoringSSLError {
            return .serverRefused(server: server, reason: "TLS: \(error)")
        }
        if error is ChannelError || error is IOError || error is NIOConnectionError {
            return .serverUnreachable(server: server)
        }
        return .unexpected(detail: String(describing: type(of: error)))
    }

    static func isConnectionLoss(_ error: any Error) -> Bool {
        if error is PostgresLinkLost { return true }
        guard let psql = error as? PSQLError else { return error is ChannelError || error is IOError }
        switch psql.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return true
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || state.hasPrefix("57P")
        default:
            return false
        }
    }

    static func configuration(_ location: PostgresLocation, connectTimeout: TimeInterval) throws(StoreError)
        -> PostgresConnection.Configuration
    {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: try PostgresTLS.tls(for: location))
        configuration.options.connectTimeout = .milliseconds(Int64(connectTimeout * 1000))
        if location.sslMode == .verifyFull, !location.host.isIPAddress {
            configuration.options.tlsServerName = location.host
        }
        configuration.options.additionalStartupParameters = [("application_name", "yibao")]
        return configuration
    }
}

/// The queries of one `withConnection` call, each waited for, never for ever (`PostgresWait`): a
/// query on a connection that has closed is not sent at all.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs `query` and returns every row.
    @discardableResult
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try answer(query).rows
    }

    /// Runs `query`; returns how many rows it changed.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> Int {
        try answer(query).metadata.rows ?? 0
    }

    private func answer(_ query: PostgresQuery) throws -> PostgresQueryResult {
        guard !connection.isClosed else { throw PostgresLinkLost.closed }
        return try PostgresWait.wait(connection.query(query, logger: logger), on: connection)
    }

    /// Runs statements with no parameters, separated by `;` at the end of a line (the extended
    /// protocol postgres-nio speaks takes one statement at a time).
    func script(_ sql: String) throws {
        for statement in sql.components(separatedBy: ";\n") {
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            try run(PostgresQuery(unsafeSQL: trimmed))
        }
    }
}

extension String {
    /// Whether this is a literal IPv4 or IPv6 address (no name to check in a certificate).
    var isIPAddress: Bool {
        (try? SocketAddress(ipAddress: self, port: 0)) != nil
    }
}
