import CNCursesw
import ScreenKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension NcursesTerminal {
    /// Checks, without touching the screen, what `init` would refuse first: standard input and output
    /// must be a terminal and `TERM` must be set. The app calls it before opening its store, so
    /// `yibao < /dev/null` or `yibao | cat` says what is wrong and leaves no new store behind.
    /// (`dumb` and unknown terminal types are found by `init`, which needs terminfo.)
    public static func preflight() throws(NcursesError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = getenv("TERM"), term.pointee != 0 else { throw .terminalTypeUnset }
    }
}
