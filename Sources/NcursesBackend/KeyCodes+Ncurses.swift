import CNCursesw
import ScreenKit

extension KeyCodes {
    /// The key codes from this machine's `curses.h`, so no ncurses number is written by hand.
    static let linked = KeyCodes(
        up: Int(KEY_UP), down: Int(KEY_DOWN), left: Int(KEY_LEFT), right: Int(KEY_RIGHT),
        home: Int(KEY_HOME), end: Int(KEY_END), pageUp: Int(KEY_PPAGE), pageDown: Int(KEY_NPAGE),
        backspace: Int(KEY_BACKSPACE), delete: Int(KEY_DC), insert: Int(KEY_IC), enter: Int(KEY_ENTER),
        backTab: Int(KEY_BTAB), functionZero: Int(KEY_F0),
        keypadUpperLeft: Int(KEY_A1), keypadUpperRight: Int(KEY_A3),
        keypadLowerLeft: Int(KEY_C1), keypadLowerRight: Int(KEY_C3),
        resize: Int(KEY_RESIZE)
    )
}

/// Escape sequences that `keypad` does not decode on every terminal, bound to their key codes with
/// `define_key`: terminfo describes the keypad-transmit forms (`ESC O A`), but many terminals, tmux
/// and PuTTY send the CSI forms (`ESC [ A`, `ESC [ 1 ~`, `ESC [ 11 ~`).
enum EscapeSequences {
    static let bindings: [(String, Int32)] = {
        let esc = "\u{1B}"
        var table: [(String, Int32)] = [
            (esc + "[A", KEY_UP), (esc + "[B", KEY_DOWN), (esc + "[C", KEY_RIGHT), (esc + "[D", KEY_LEFT),
            (esc + "OA", KEY_UP), (esc + "OB", KEY_DOWN), (esc + "OC", KEY_RIGHT), (esc + "OD", KEY_LEFT),
            (esc + "[H", KEY_HOME), (esc + "[F", KEY_END), (esc + "OH", KEY_HOME), (esc + "OF", KEY_END),
            (esc + "[1~", KEY_HOME), (esc + "[4~", KEY_END), (esc + "[7~", KEY_HOME), (esc + "[8~", KEY_END),
            (esc + "[2~", KEY_IC), (esc + "[3~", KEY_DC), (esc + "[5~", KEY_PPAGE), (esc + "[6~", KEY_NPAGE),
            (esc + "[Z", KEY_BTAB), (esc + "OM", KEY_ENTER),
            (esc + "OP", KEY_F0 + 1), (esc + "OQ", KEY_F0 + 2), (esc + "OR", KEY_F0 + 3), (esc + "OS", KEY_F0 + 4),
            (esc + "[11~", KEY_F0 + 1), (esc + "[12~", KEY_F0 + 2), (esc + "[13~", KEY_F0 + 3),
            (esc + "[14~", KEY_F0 + 4),
            (esc + "[[A", KEY_F0 + 1), (esc + "[[B", KEY_F0 + 2), (esc + "[[C", KEY_F0 + 3), (esc + "[[D", KEY_F0 + 4),
        ]
        // F5–F12 in the xterm/VT220 numbering: 15, 17–21, 23, 24.
        for (n, code) in zip(5...12, [15, 17, 18, 19, 20, 21, 23, 24]) {
            table.append((esc + "[\(code)~", KEY_F0 + Int32(n)))
        }
        return table
    }()
}
