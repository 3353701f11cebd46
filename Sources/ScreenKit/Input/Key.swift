/// A decoded key press; no terminal library's codes get past the backend.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1 is `.function(1)`.
    case function(Int)
    /// A control chord, by its lowercase letter: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)

    /// A short ASCII name for hint bars and help screens: `Enter`, `Esc`, `PgDn`, `F1`, `Ctrl-C`, `a`.
    ///
    /// ASCII on purpose: arrows like `↑` are East Asian Ambiguous width. Callers may translate.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        }
    }
}
