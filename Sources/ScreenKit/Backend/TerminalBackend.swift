/// The seam between the pure app and a real terminal (ncurses) or a scripted one (tests).
public protocol TerminalBackend {
    /// The current size of the screen.
    var size: Size { get }
    /// Shows the buffer; the backend sends only what changed.
    mutating func draw(_ buffer: ScreenBuffer) throws
    /// Waits for input at most `timeoutMilliseconds` (nil: until something happens); nil on timeout.
    mutating func nextEvent(timeoutMilliseconds: Int?) throws -> BackendEvent?
    /// Input already waiting, taken without waiting (nil: none): the loop takes a paste in one turn.
    mutating func pendingEvent() throws -> BackendEvent?
    /// Gives the terminal back as it was; safe to call more than once.
    mutating func shutdown()
    /// Makes the next `draw` clear and repaint every cell of the terminal, not only the changed ones
    /// (a kiosk leaves nothing of the last person's screen). The default does nothing.
    mutating func clearAll()
}

extension TerminalBackend {
    public mutating func clearAll() {}

    /// Input already waiting, without waiting for more (nil: none). The default has none, so such a
    /// backend gets one event per turn of the loop, as before.
    public mutating func pendingEvent() throws -> BackendEvent? { nil }
}
