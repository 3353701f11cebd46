import Foundation
import TestSupport
import Testing
import YibaoCore
import YibaoStore

@testable import YibaoPostgres

/// Issue 16: a server killed outright (SIGKILL) in the middle of a change. postgres-nio never answers a
/// query sent on a connection whose channel has closed, so before `PostgresWait` the change's next
/// statement (or its ROLLBACK) blocked for ever. Every call must now end within seconds as "the server
/// cannot be reached", and the same store must carry on once the server is back.
@Suite("A store whose PostgreSQL server is killed", .serialized, .enabled(if: PostgresServer.isAvailable))
struct FleetKilledServerTests {
    /// The longest any call may take once the server is gone (a query's own bound is 15 s; a closed
    /// connection ends its wait within half a second).
    static let bound: TimeInterval = 5

    /// Runs `body` on its own thread; nil when it has not ended within `seconds` (the thread is left).
    static func within<T: Sendable>(_ seconds: TimeInterval, _ body: @escaping @Sendable () throws -> T) -> Result<
        T, any Error
    >? {
        let box = Box<Result<T, any Error>>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.value = Result { try body() }
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.value
    }

    /// Reverses my mother's payer order: one whole change through the store, as `payers set` makes it;
    /// `midway` runs inside its transaction, after the household was read and before anything is written.
    static func reverseOrder(_ store: PostgresStore, midway: () throws -> Void = {}) throws {
        let today = CivilDate(iso: Family.date)!
        let mother = try ResidentID(Family.mother, today: today)
        try store.change(asOf: today, action: .order, summary: "killed-server test") { household in
            try midway()
            return try household.setPayerOrder(beneficiary: mother, order: Array(household.payerOrder(for: mother).reversed()))
        }
    }

    @Test("after a SIGKILL every store call ends within seconds as 'cannot be reached', and the same store works once the server is back")
    func everyCallEndsAndTheStoreCarriesOn() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let server = try PostgresServer.Private()
        defer { server.stop() }
        try PostgresServer.psql(server.url, "CREATE DATABASE killed")
        let url = PostgresServer.url(server.url, database: "killed")
        _ = try Family.create(in: scratch.path, server: url)
        guard case .postgres(let location) = try StoreLocation.parse(url) else { throw SetupFailed(step: url, stderr: "") }
        let store = try PostgresStore.open(location, environment: [:])
        // A call left waiting holds the store's lock: closing would wait for it too.
        var stuck = false
        defer { if !stuck { store.close() } }
        let today = CivilDate(iso: Family.date)!
        try Self.reverseOrder(store)
        let saved = try store.household(asOf: today).payerOrders

        let calls: [(String, @Sendable () throws -> Void)] = [
            (
                "a change whose server is killed after it read the household",
                {
                    try Self.reverseOrder(store) {
                        try server.crash()
                        // Let the client's event loop see the socket close, so the change's writes go to a
                        // closed channel (the case that never returned).
                        usleep(300_000)
                    }
                }
            ),
            ("the once-a-second watch", { _ = try store.changeMark() }),
            ("a screen's snapshot", { _ = try store.snapshot(asOf: today) }),
            ("a change again", { try Self.reverseOrder(store) }),
        ]
        for (name, call) in calls {
            let started = Date()
            guard let outcome = Self.within(Self.bound, call) else {
                Issue.record("\(name) was still waiting \(Int(Self.bound)) s after the server was killed")
                stuck = true
                return
            }
            switch outcome {
            case .success: Issue.record("\(name) succeeded with the server dead")
            case .failure(let error):
                guard case StoreError.serverUnreachable = error else {
                    Issue.record("\(name) failed with \(error), not 'cannot be reached'")
                    continue
                }
            }
            #expect(Date().timeIntervalSince(started) < Self.bound)
        }

        try server.resume()
        // The same store connects afresh by itself: nothing confirmed before is lost, and it changes again.
        // (Its change mark may jump: PostgreSQL logs a sequence 32 values ahead and recovers to that.)
        var back: Result<[ResidentID: [ResidentID]], any Error>?
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            back = Self.within(Self.bound) { try store.household(asOf: today).payerOrders }
            if case .success = back { break }
            usleep(100_000)
        }
        let after = try #require(try back?.get())
        #expect(after == saved, "a change went through while the server was dead, or a saved one was lost")
        #expect(throws: Never.self) { try Self.reverseOrder(store) }
    }
}

/// A value handed from one thread to another.
private final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
