import Foundation
import PostgresNIO
import YibaoCore
import YibaoStore

/// Yibao's records on a PostgreSQL server, shared by a fleet of kiosks (docs/fleet.md): the same
/// behaviour as the SQLite `Store` (`RecordStore`; one conformance suite proves both), so a PIN set at
/// one counter works at every kiosk, a lockout holds at all of them, and a binding made at one shows at
/// the others.
///
/// Every change is one transaction that first takes the fleet's write lock (`pg_advisory_xact_lock`, so
/// writes are decided one at a time as in SQLite's IMMEDIATE transactions), reads the household, lets
/// the model decide, writes the rows and one audit row, and commits. Reads of a snapshot run in one
/// REPEATABLE READ transaction. Opening never changes the tables: `migrate` (the admin's command) does.
public final class PostgresStore: @unchecked Sendable {
    let link: PostgresLink
    /// How many revision numbers this store drew itself (see `changeMark`).
    private let ownDraws = Counter()
    let now: @Sendable () -> Date

    init(link: PostgresLink, now: @escaping @Sendable () -> Date) {
        self.link = link
        self.now = now
    }

    /// Connects to the server at `location` (its password resolved as libpq does: the URL, then
    /// `PGPASSWORD`, then `~/.pgpass`) and checks its tables are this build's. Never runs DDL: tables
    /// missing or older are refused with the admin's command to run (`yibao store migrate`).
    public static func open(
        _ location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> PostgresStore {
        let link = try PostgresLink(location: location.resolvingPassword(environment: environment))
        let store = PostgresStore(link: link, now: now)
        let applied = try store.perform { session in try PostgresMigrator.applied(session) }
        if applied > PostgresSchema.version {
            throw .newer(path: location.display, found: applied, known: PostgresSchema.version)
        }
        if applied < PostgresSchema.version {
            throw .serverRefused(
                server: location.display,
                reason: applied == 0
                    ? "its tables are not made yet: run `yibao store migrate` as the database's owner"
                    : "its tables are older than this Yibao: run `yibao store migrate` as the database's owner")
        }
        return store
    }

    /// Brings the server's tables up to this build (the admin's command, with a role that may create
    /// tables), then grants `role` (if given) what the kiosks need and nothing more. Returns how many
    /// migrations ran. Safe to run again, and from two places at once (they take the write lock).
    @discardableResult
    public static func migrate(
        _ location: PostgresLocation, grantTo role: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> Int {
        let link = try PostgresLink(location: location.resolvingPassword(environment: environment))
        let store = PostgresStore(link: link, now: { Date() })
        return try store.perform { session in try PostgresMigrator.migrate(session, grantTo: role) }
    }

    /// Closes the connection.
    public func close() { link.disconnect() }

    /// Runs `body` on the connection, every failure a `StoreError` (the model's refusals pass through).
    func perform<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        do {
            return try link.withConnection(body)
        } catch {
            throw link.mapError(error)
        }
    }

    /// Runs `body` in one REPEATABLE READ, READ ONLY transaction: its reads all see the same moment.
    func read<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        try perform { session in
            try session.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let result = try body(session)
                try session.script("COMMIT")
                return result
            } catch {
                try? session.script("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body` in one write transaction holding the fleet's write lock, drawing a revision number
    /// first. A refusal (`DecisionFailure`) rolls back and is rethrown as it was; a lost connection is
    /// `serverUnreachable` (whether a COMMIT in flight landed is then unknown, but it is whole or
    /// absent: PostgreSQL commits atomically).
    func write<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        do {
            return try link.withConnection { session in
                try session.script("BEGIN ISOLATION LEVEL READ COMMITTED")
                do {
                    try session.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))")
                    ownDraws.add(1)
                    try session.run("SELECT nextval('yibao_revision')")
                    let result = try body(session)
                    try session.script("COMMIT")
                    return result
                } catch {
                    try? session.script("ROLLBACK")
                    throw error
                }
            }
        } catch let failure as DecisionFailure {
            throw failure.error
        } catch {
            throw link.mapError(error)
        }
    }

    /// A number that moves when ANOTHER process commits: the fleet's revision sequence less the numbers
    /// this store drew itself. Costs one tiny query, so the app's tick may ask every second.
    public func changeMark() throws -> Int64 {
        let last = try perform { session in
            let rows = try session.rows("SELECT last_value, is_called FROM yibao_revision")
            guard let row = rows.first else { return Int64(0) }
            let (value, called) = try row.decode((Int64, Bool).self)
            return called ? value : 0
        }
        return last - ownDraws.value
    }
}

/// A count shared by the store's callers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count: Int64 = 0
    func add(_ amount: Int64) {
        lock.lock()
        count += amount
        lock.unlock()
    }
    var value: Int64 {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
