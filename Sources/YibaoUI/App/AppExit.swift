/// How a run of the app ends: left for good, or to switch between the person's store and the demo's.
public enum AppExit: Hashable, Sendable {
    /// The person left Yibao.
    case quit
    /// The first run's "open the demo household" was chosen: the launcher opens the demo in a store of
    /// its own (never the person's).
    case openDemo
    /// The person left the demo: the launcher goes back to the first run's choices.
    case leaveDemo
}
