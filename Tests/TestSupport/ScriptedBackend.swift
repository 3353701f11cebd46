import ScreenKit

/// A `TerminalBackend` for tests: hands out a script of events and records every buffer drawn.
///
/// `.resize` events also change `size`, as a real terminal would. When the script runs out,
/// `nextEvent` throws `ScriptedBackend.ScriptExhausted` (the default, so a runtime that never quits
/// fails the test instead of hanging) or returns nil, as a timeout would.
public struct ScriptedBackend: TerminalBackend {
    /// Thrown when the runtime asks for more events than the script holds.
    public struct ScriptExhausted: Error, Equatable {}

    public var size: Size
    public var events: [BackendEvent]
    public private(set) var drawn: [ScreenBuffer] = []
    public private(set) var isShutDown = false
    public var throwsWhenExhausted: Bool
    /// The timeouts the runtime asked for, one per `nextEvent` call.
    public private(set) var requestedTimeouts: [Int?] = []
    /// For each `clearAll` call: how many buffers had been drawn before it (the next one repaints all).
    public private(set) var clearedBeforeDraw: [Int] = []

    public init(size: Size = Size(columns: 80, rows: 24), events: [BackendEvent] = [], throwsWhenExhausted: Bool = true)
    {
        self.size = size
        self.events = events
        self.throwsWhenExhausted = throwsWhenExhausted
    }

    /// Convenience: a script of key presses.
    public init(size: Size = Size(columns: 80, rows: 24), keys: [Key]) {
        self.init(size: size, events: keys.map { .key($0) })
    }

    /// The last buffer drawn, if any.
    public var lastDrawn: ScreenBuffer? { drawn.last }

    public mutating func draw(_ buffer: ScreenBuffer) throws {
        drawn.append(buffer)
    }

    public mutating func nextEvent(timeoutMilliseconds: Int?) throws -> BackendEvent? {
        requestedTimeouts.append(timeoutMilliseconds)
        guard !events.isEmpty else {
            if throwsWhenExhausted { throw ScriptExhausted() }
            return nil
        }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public mutating func clearAll() {
        clearedBeforeDraw.append(drawn.count)
    }

    public mutating func shutdown() {
        isShutDown = true
    }
}
