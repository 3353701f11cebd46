import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

@testable import YibaoPostgres

/// The engines the conformance suite runs every store behaviour on: the SQLite file and the fleet's
/// PostgreSQL server. The server comes from `YIBAO_TEST_POSTGRES` (a superuser's URL; `.ci/run` starts
/// a private one and sets it). Without it the PostgreSQL half is left out locally, and FAILS under CI.
enum StoreEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The engines to run: both under CI (so a missing server fails), else those that are here.
    static var available: [StoreEngine] {
        TestServer.url != nil || TestServer.underCI ? allCases : [.sqlite]
    }

    /// A new, empty store of this engine (its own file, or its own database on the server).
    func makeStore() throws -> EngineStore {
        switch self {
        case .sqlite:
            let dir = TempDir()
            return EngineStore(engine: self, location: .file(path: dir.file("yibao.sqlite")), cleanup: { dir.remove() })
        case .postgres:
            let location = try TestServer.freshDatabase()
            return EngineStore(engine: self, location: .postgres(location), cleanup: {})
        }
    }
}

/// One test's store: open as many connections to it as the test needs (`open`), each its own process
/// would have.
struct EngineStore {
    let engine: StoreEngine
    let location: StoreLocation
    let cleanup: () -> Void

    func open() throws -> any RecordStore { try StoreOpening.open(location) }

    func service(today: @escaping @Sendable () -> CivilDate = { Fixtures.today }) throws -> HouseholdService {
        HouseholdService(store: try open(), policy: Fixtures.policy, today: today)
    }
}

/// The tests' PostgreSQL server.
enum TestServer {
    static let underCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// The superuser's URL, from `YIBAO_TEST_POSTGRES`.
    static var url: PostgresLocation? {
        guard let text = ProcessInfo.processInfo.environment["YIBAO_TEST_POSTGRES"], !text.isEmpty,
            case .postgres(let location) = try? StoreLocation.parse(text)
        else { return nil }
        return location
    }

    /// The server's TLS certificate (self-signed for localhost and 127.0.0.1), from
    /// `YIBAO_TEST_POSTGRES_CA`.
    static var certificate: String? {
        ProcessInfo.processInfo.environment["YIBAO_TEST_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The server, or a failure that says what is missing (never a silent skip).
    static func require() throws -> PostgresLocation {
        guard let url else {
            throw MissingServer()
        }
        return url
    }

    /// A new database on the server with this build's tables, made by the superuser.
    static func freshDatabase() throws -> PostgresLocation {
        let admin = try require()
        let name = "yibao_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try PostgresAdmin.execute("CREATE DATABASE \(name)", on: admin)
        var location = admin
        location.database = String(name)
        try PostgresStore.migrate(location, environment: [:])
        return location
    }
}

/// A test needs the PostgreSQL server and `YIBAO_TEST_POSTGRES` does not name one.
struct MissingServer: Error, CustomStringConvertible {
    var description: String {
        "this test needs a PostgreSQL server: set YIBAO_TEST_POSTGRES=postgresql://postgres@127.0.0.1:PORT/postgres "
            + "(.ci/run starts one with .ci/postgres-server)"
    }
}
