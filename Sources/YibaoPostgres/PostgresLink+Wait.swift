import Foundation
import NIOCore
import PostgresNIO

/// Waiting for the server's answers, never for ever (issue 16's killed server).
///
/// postgres-nio hands a query to its channel with `channel.write(…, promise: nil)`: once the channel
/// has closed (the server was SIGKILLed, its socket gone) the query never reaches the connection's
/// handler, and its future is never completed — a plain `.wait()` then blocks the caller for good.
/// The crash test caught writers stuck so in a ROLLBACK after a lost query and in the first query after
/// the channel had closed between two. So every wait here also watches the channel: when it closes
/// the answer may come only a moment later (an error already on its way), else the wait ends as
/// `PostgresLinkLost.closed`. A channel that stays open but silent for `timeout` (a server host gone
/// without a word) is closed by the wait, which ends as `PostgresLinkLost.silent`. Both mean "the server
/// cannot be reached" to the caller; the link connects afresh on its next use.
enum PostgresWait {
    /// How long one answer may take before the connection is given up (nothing Yibao asks takes long:
    /// a change holds the fleet's lock for milliseconds).
    static let answerTimeout: TimeInterval = 15
    /// How long an answer may still come after the channel closed (its error is usually on its way).
    static let graceAfterClose: TimeInterval = 0.5

    /// How often a wait looks at its connection (a close may slip between a look and a sleep).
    static let slice: TimeInterval = 0.2

    /// Waits for `future`, answered on `connection` (nil: a connection being made, bounded by its own
    /// connect timeout), at most `timeout` seconds while the connection is open.
    static func wait<Value: Sendable>(
        _ future: EventLoopFuture<Value>, on connection: PostgresConnection?, timeout: TimeInterval = answerTimeout
    ) throws -> Value {
        let answer = Answer<Value>()
        future.whenComplete { result in answer.settle(result) }
        // Wakes the wait when the channel closes, whether or not the answer came.
        connection?.closeFuture.whenComplete { _ in answer.wake() }
        let deadline = Date().addingTimeInterval(timeout)
        var closedAt: Date?
        while true {
            if let result = answer.result { return try result.get() }
            let now = Date()
            if closedAt == nil, connection?.isClosed == true { closedAt = now }
            if let closedAt {
                if now.timeIntervalSince(closedAt) >= graceAfterClose { throw PostgresLinkLost.closed }
                answer.sleep(until: min(closedAt.addingTimeInterval(graceAfterClose), now.addingTimeInterval(slice)))
            } else if now >= deadline {
                let _: EventLoopFuture<Void>? = connection?.close()
                throw PostgresLinkLost.silent(seconds: timeout)
            } else {
                answer.sleep(until: min(deadline, now.addingTimeInterval(slice)))
            }
        }
    }
}

/// The connection was lost while Yibao waited for an answer (see `PostgresWait`).
enum PostgresLinkLost: Error, CustomStringConvertible {
    /// The channel closed and no answer came.
    case closed
    /// No answer for this many seconds; the connection was closed.
    case silent(seconds: TimeInterval)

    var description: String {
        switch self {
        case .closed: "the connection closed before the server answered"
        case .silent(let seconds): "no answer from the server for \(Int(seconds)) s"
        }
    }
}

/// One awaited answer, settled on the event loop, read by the waiting thread.
private final class Answer<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var settled: Result<Value, any Error>?

    var result: Result<Value, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        return settled
    }

    func settle(_ result: Result<Value, any Error>) {
        condition.lock()
        settled = result
        condition.broadcast()
        condition.unlock()
    }

    func wake() {
        condition.lock()
        condition.broadcast()
        condition.unlock()
    }

    /// Sleeps until `date`, an answer, or a wake-up.
    func sleep(until date: Date) {
        condition.lock()
        if settled == nil { _ = condition.wait(until: date) }
        condition.unlock()
    }
}
