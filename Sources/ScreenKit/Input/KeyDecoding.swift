/// Turns what a curses-style `get_wch` returns (a character code, or a function-key code) into a `Key`.
///
/// Pure, so it is tested without a terminal. The function-key numbers come from a `KeyCodes` table:
/// the ncurses backend fills it from the real `KEY_*` constants; `KeyCodes.ncurses` holds the values
/// every ncurses build uses, for tests.
public struct KeyDecoding: Sendable {
    public var codes: KeyCodes

    public init(codes: KeyCodes = .ncurses) {
        self.codes = codes
    }

    /// The key for a code, or nil for codes that are not keys (mouse, unknown function keys, C1 controls).
    ///
    /// Characters: CR and LF → `.enter`, TAB → `.tab`, ESC → `.escape`, DEL and BS → `.backspace`,
    /// other C0 controls → `.ctrl` with the lowercase letter (or `@ \ ] ^ _`), else `.char`.
    public func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? functionKey(Int(code)) : characterKey(code)
    }

    func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl("@")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x40)))
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    func functionKey(_ code: Int) -> Key? {
        let c = codes
        switch code {
        case c.up: return .up
        case c.down: return .down
        case c.left: return .left
        case c.right: return .right
        case c.home, c.keypadUpperLeft: return .home
        case c.end, c.keypadLowerLeft: return .end
        case c.pageUp, c.keypadUpperRight: return .pageUp
        case c.pageDown, c.keypadLowerRight: return .pageDown
        case c.backspace: return .backspace
        case c.delete: return .delete
        case c.insert: return .insert
        case c.enter: return .enter
        case c.backTab: return .backTab
        case (c.functionZero + 1)...(c.functionZero + 63): return .function(code - c.functionZero)
        default: return nil
        }
    }
}

/// The function-key numbers of a curses library (`KEY_UP`, `KEY_F0`, …).
public struct KeyCodes: Hashable, Sendable {
    public var up: Int, down: Int, left: Int, right: Int
    public var home: Int, end: Int, pageUp: Int, pageDown: Int
    public var backspace: Int, delete: Int, insert: Int, enter: Int, backTab: Int
    /// `KEY_F0`: F1 is `functionZero + 1`.
    public var functionZero: Int
    /// Keypad corners (`KEY_A1`, `KEY_A3`, `KEY_C1`, `KEY_C3`): Home, PgUp, End, PgDn.
    public var keypadUpperLeft: Int, keypadUpperRight: Int, keypadLowerLeft: Int, keypadLowerRight: Int
    /// `KEY_RESIZE`: not a key; backends report it as `BackendEvent.resize`.
    public var resize: Int

    public init(
        up: Int, down: Int, left: Int, right: Int, home: Int, end: Int, pageUp: Int, pageDown: Int,
        backspace: Int, delete: Int, insert: Int, enter: Int, backTab: Int, functionZero: Int,
        keypadUpperLeft: Int, keypadUpperRight: Int, keypadLowerLeft: Int, keypadLowerRight: Int, resize: Int
    ) {
        self.up = up
        self.down = down
        self.left = left
        self.right = right
        self.home = home
        self.end = end
        self.pageUp = pageUp
        self.pageDown = pageDown
        self.backspace = backspace
        self.delete = delete
        self.insert = insert
        self.enter = enter
        self.backTab = backTab
        self.functionZero = functionZero
        self.keypadUpperLeft = keypadUpperLeft
        self.keypadUpperRight = keypadUpperRight
        self.keypadLowerLeft = keypadLowerLeft
        self.keypadLowerRight = keypadLowerRight
        self.resize = resize
    }

    /// The values in ncurses' `curses.h` (octal there: `KEY_DOWN 0402`, `KEY_F0 0410`, …).
    public static let ncurses = KeyCodes(
        up: 0o403, down: 0o402, left: 0o404, right: 0o405, home: 0o406, end: 0o550,
        pageUp: 0o523, pageDown: 0o522, backspace: 0o407, delete: 0o512, insert: 0o513,
        enter: 0o527, backTab: 0o541, functionZero: 0o410,
        keypadUpperLeft: 0o534, keypadUpperRight: 0o535, keypadLowerLeft: 0o537, keypadLowerRight: 0o540,
        resize: 0o632
    )
}
