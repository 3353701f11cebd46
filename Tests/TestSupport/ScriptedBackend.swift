import ScreenKit

/// A `TerminalBackend` for tests: hands out a script of steps and records every buffer drawn.
///
/// A step is an event, a wait that runs out (`nextEvent` returns nil, as a timeout; the clock, if
/// any, moves on by the timeout asked for) or a terminal failure (`nextEvent` throws). `.resize` events
/// also change `size`, as a real terminal would. When the script runs out, `nextEvent` throws
/// `ScriptedBackend.ScriptExhausted` (the default, so a runtime that never quits fails the test
/// instead of hanging) or returns nil, as a timeout would.
public struct ScriptedBackend: TerminalBackend {
    /// Thrown when the runtime asks for more events than the script holds.
    public struct ScriptExhausted: Error, Equatable {}
    /// Thrown for a `.failure` step, as a terminal that did not answer.
    public struct ScriptedFailure: Error, Equatable {}

    /// One step of the script.
    public enum Step: Hashable, Sendable {
        case event(BackendEvent)
        /// The wait runs out with nothing pressed.
        case timeout
        /// The terminal fails once.
        case failure
    }

    /// A clock the test and the backend share: timeouts move it on by the wait asked for.
    public final class Clock: @unchecked Sendable {
        public var milliseconds: Int
        public init(milliseconds: Int = 0) { self.milliseconds = milliseconds }
    }

    public var size: Size
    public var steps: [Step]
    public private(set) var drawn: [ScreenBuffer] = []
    public private(set) var isShutDown = false
    public var throwsWhenExhausted: Bool
    /// Moved on by every timeout (by the wait asked for, or a second when there was no limit).
    public var clock: Clock?
    /// The timeouts the runtime asked for, one per `nextEvent` call.
    public private(set) var requestedTimeouts: [Int?] = []
    /// For each `clearAll` call: how many buffers had been drawn before it (the next one repaints all).
    public private(set) var clearedBeforeDraw: [Int] = []

    public init(size: Size = Size(columns: 80, rows: 24), events: [BackendEvent] = [], throwsWhenExhausted: Bool = true)
    {
        self.init(size: size, steps: events.map { .event($0) }, throwsWhenExhausted: throwsWhenExhausted)
    }

    /// A script of events, timeouts and failures.
    public init(
        size: Size = Size(columns: 80, rows: 24), steps: [Step], throwsWhenExhausted: Bool = true, clock: Clock? = nil
    ) {
        self.size = size
        self.steps = steps
        self.throwsWhenExhausted = throwsWhenExhausted
        self.clock = clock
    }

    /// Convenience: a script of key presses.
    public init(size: Size = Size(columns: 80, rows: 24), keys: [Key]) {
        self.init(size: size, events: keys.map { .key($0) })
    }

    /// The events still to come (timeouts and failures left out).
    public var events: [BackendEvent] {
        steps.compactMap { if case .event(let event) = $0 { event } else { nil } }
    }

    /// The last buffer drawn, if any.
    public var lastDrawn: ScreenBuffer? { drawn.last }

    public mutating func draw(_ buffer: ScreenBuffer) throws {
        drawn.append(buffer)
    }

    public mutating func nextEvent(timeoutMilliseconds: Int?) throws -> BackendEvent? {
        requestedTimeouts.append(timeoutMilliseconds)
        guard !steps.isEmpty else {
            if throwsWhenExhausted { throw ScriptExhausted() }
            return nil
        }
        switch steps.removeFirst() {
        case .event(let event):
            if case .resize(let newSize) = event { size = newSize }
            return event
        case .timeout:
            clock?.milliseconds += timeoutMilliseconds ?? 1000
            return nil
        case .failure:
            throw ScriptedFailure()
        }
    }

    public mutating func clearAll() {
        clearedBeforeDraw.append(drawn.count)
    }

    public mutating func shutdown() {
        isShutDown = true
    }
}
