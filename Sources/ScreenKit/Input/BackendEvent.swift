/// What a `TerminalBackend` reports: a key, a new size, or a termination signal.
/// A timeout is reported as `nil` from `nextEvent`, not as an event.
public enum BackendEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// SIGINT, SIGTERM or SIGHUP arrived: the app should save what it must and leave.
    case signal(Int32)
}
