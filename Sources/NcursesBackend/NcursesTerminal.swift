import CNCursesw
import ScreenKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if os(macOS)
    typealias WindowPointer = OpaquePointer
#else
    typealias WindowPointer = UnsafeMutablePointer<WINDOW>
#endif

/// The real terminal, through ncurses: the only type in Yibao that talks to it.
///
/// Start-up (in this order, see `init`): pick a UTF-8 locale for characters, check that standard input
/// and output are a terminal ncurses knows, ask the terminal how wide it draws ambiguous characters
/// (`--charset auto`, see `NcursesTerminal+Probe.swift`), catch SIGINT/SIGTERM/SIGHUP as a flag,
/// open the screen, then `raw` (Ctrl-C arrives as the key `.ctrl("c")`, so the app decides what it
/// means, e.g. "leave after saving"; Ctrl-Z and Ctrl-S are keys too), `noecho`, `nonl`, `keypad`, a 25 ms Escape delay
/// (Esc answers at once), CSI key sequences bound with `define_key`, the cursor hidden, and colour only
/// when the terminal has it and `NO_COLOR` is unset (otherwise the monochrome theme: attributes only).
///
/// Call `shutdown()` (idempotent; `deinit` calls it too) on every way out, e.g. in a `defer`.
public final class NcursesTerminal: TerminalBackend {
    /// Choices the app makes before opening the terminal.
    public struct Options: Sendable {
        /// The theme used when colour is available; `.monochrome` is used otherwise.
        public var theme: Theme
        /// How long ncurses waits after ESC for the rest of a key sequence.
        public var escapeDelayMilliseconds: Int
        /// Use a UTF-8 locale for characters even if the environment does not ask for one.
        public var forceUTF8: Bool
        /// Never use colour, whatever the terminal can do (as if `NO_COLOR` were set).
        public var disableColor: Bool
        /// Kiosk mode: SIGINT, SIGQUIT and SIGTSTP (and SIGTTIN/SIGTTOU) are ignored outright, so
        /// neither a key nor `kill` from outside ends or suspends the program. SIGTERM and SIGHUP
        /// still arrive as `.signal` (systemd's stop).
        public var ignoreInteractiveSignals: Bool
        /// The drawing set: `.auto` asks the terminal how wide it draws ambiguous characters before
        /// ncurses starts (`AmbiguousWidthProbe`); a locale that is not UTF-8 always draws `.ascii`.
        public var charset: CharsetChoice

        public init(
            theme: Theme = .highContrast, escapeDelayMilliseconds: Int = 25, forceUTF8: Bool = false,
            disableColor: Bool = false, ignoreInteractiveSignals: Bool = false, charset: CharsetChoice = .auto
        ) {
            self.charset = charset
            self.theme = theme
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.forceUTF8 = forceUTF8
            self.disableColor = disableColor
            self.ignoreInteractiveSignals = ignoreInteractiveSignals
        }
    }

    public internal(set) var size: Size
    /// True when characters are UTF-8: draw with `Charset.unicode`; otherwise use `Charset.ascii`.
    public let isUTF8: Bool
    /// The locale set for characters (`zh_CN.UTF-8`, or `C.UTF-8` after a fallback).
    public let characterLocale: String
    /// True when colours are in use (the terminal has them and `NO_COLOR` is not set).
    public let usesColor: Bool
    /// The glyphs to draw with: `.ascii` when the locale is not UTF-8, else the option's choice (for
    /// `.auto`, what the terminal's answer called for; `.unicode` when it did not answer).
    public let charset: Charset
    /// Whether the terminal answered the ambiguous-width probe (nil: no probe was made).
    public let probeAnswered: Bool?

    let screen: OpaquePointer
    let window: WindowPointer
    var colors: ColorPairs
    /// Box characters sent through the terminal's line-drawing set where it has one (`LineDrawing`).
    let lineDrawing: LineDrawing
    /// Long box lines are sent with the terminal's `rep` (`line_repeat.h`): the line-drawing set is in
    /// use and drawn as such, terminfo has `rep`, and the start-up probe saw the terminal repeat.
    let repeatsLines: Bool
    let decoder = KeyDecoding(codes: .linked)
    var isShutDown = false
    var cursorShown: Bool?
    /// Keys typed while the probe read the terminal, given to the app before any other.
    var pendingKeys: [Key]
    /// How many of the probe's cursor-position replies may still arrive late (the probe timed out before
    /// them): each is dropped when it comes.
    var lateReplies: Int
    /// True while a cursor-position reply may still arrive late.
    var awaitsLateReply: Bool { lateReplies > 0 }

    /// Opens the terminal on standard input and output, or throws an `NcursesError` that says, in
    /// words, what is wrong (never lets ncurses print and exit).
    public init(options: Options = Options()) throws {
        let environment = Self.environment()
        (isUTF8, characterLocale) = Self.setUpLocale(environment: environment, force: options.forceUTF8)

        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NcursesError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw NcursesError.terminalTypeUnset }

        // Before ncurses: how wide are ambiguous characters here? (Only when it matters: UTF-8, auto;
        // never on a `dumb` terminal, which has no cursor to ask about and is refused below.)
        let probe = isUTF8 && options.charset == .auto && term != "dumb" ? Self.probeAmbiguousWidth() : nil
        charset = isUTF8 ? options.charset.charset(probed: probe?.charset) : .ascii
        probeAnswered = probe?.isAnswered
        pendingKeys = probe?.typedKeys ?? []
        lateReplies = probe.map { ($0.column == nil ? 1 : 0) + ($0.repeatColumn == nil ? 1 : 0) } ?? 0

        // Before newterm, so ncurses sees our handlers and does not install its own.
        _ = cn_install_signal_flags()
        if options.ignoreInteractiveSignals { _ = cn_ignore_interactive_signals() }
        guard let screen = cn_newterm_stdio(term) else {
            cn_restore_signal_defaults()
            throw NcursesError.unknownTerminal(term)
        }
        guard cn_has_cursor_addressing() != 0, let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            cn_restore_signal_defaults()
            throw NcursesError.terminalTooLimited(term)
        }
        self.screen = screen
        self.window = window
        if options.ignoreInteractiveSignals { _ = cn_ignore_interactive_signals() }

        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(Int32(max(0, options.escapeDelayMilliseconds)))
        for (sequence, code) in EscapeSequences.bindings {
            _ = define_key(sequence, code)
        }

        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var colorOn = false
        if !options.disableColor, !noColor, options.theme.usesColor, has_colors(), start_color() != ERR {
            // Default colours (-1) let the terminal's own background show; without them, pairs use black.
            _ = use_default_colors()
            colorOn = cn_colors() >= 8
        }
        usesColor = colorOn
        colors = ColorPairs(theme: colorOn ? options.theme : .monochrome, usesColor: colorOn)
        size = Size(columns: Int(cn_maxx(window)), rows: Int(cn_maxy(window)))
        lineDrawing = LineDrawing(enabled: isUTF8)
        repeatsLines =
            !lineDrawing.isEmpty && probe?.repeats == true && cn_repeat_capability() != nil
            && !LineDrawing.ncursesSendsUTF8(environment: environment, u8: tigetnum("U8"))
        showCursor(false)
    }

    deinit {
        shutdown()
    }

    /// Gives the terminal back: cursor shown, modes restored (`endwin`), signal handlers reset.
    /// Safe to call more than once. Never called from a signal handler.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        // Blank the screen first: a terminal without an alternate screen (TERM=vt100, the Linux console)
        // would otherwise keep the last screen, names and balances, in view after Yibao has gone.
        werase(window)
        wrefresh(window)
        _ = curs_set(1)
        endwin()
        delscreen(screen)
        cn_restore_signal_defaults()
    }

    func showCursor(_ show: Bool) {
        guard cursorShown != show else { return }
        cursorShown = show
        _ = curs_set(show ? 1 : 0)
    }

    /// The locale variables and the few others the backend reads.
    static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["LC_ALL", "LC_CTYPE", "LANG", "TERM", "NO_COLOR", "NCURSES_NO_UTF8_ACS", "TERMCAP"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    /// `setlocale(LC_ALL, "")`, falling back to `C.UTF-8` when UTF-8 was asked for but is not installed.
    static func setUpLocale(environment: [String: String], force: Bool) -> (isUTF8: Bool, name: String) {
        let requested = setlocale(LC_ALL, "").map { String(cString: $0) }
        if requested != nil, cn_codeset_is_utf8() != 0 { return (true, requested ?? "") }
        if force || TerminalLocale.wantsUTF8(environment: environment) {
            for fallback in TerminalLocale.utf8Fallbacks where setlocale(LC_ALL, fallback) != nil {
                if cn_codeset_is_utf8() != 0 { return (true, fallback) }
            }
        }
        let current = setlocale(LC_ALL, nil).map { String(cString: $0) } ?? "C"
        return (cn_codeset_is_utf8() != 0, current)
    }
}
