/// Why the terminal could not be opened, in words for the person at the keyboard (zh-Hans and en).
public enum NcursesError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal (output redirected to a file, or no terminal at all).
    case notATerminal
    /// `TERM` is not set.
    case terminalTypeUnset
    /// ncurses does not know `TERM` (no terminfo entry).
    case unknownTerminal(String)
    /// The terminal cannot place its cursor (`TERM=dumb`, a printing terminal).
    case terminalTooLimited(String)

    /// The message in Simplified Chinese.
    public var zh: String {
        switch self {
        case .notATerminal:
            return "需要在终端窗口里运行。如果只想查看数据，可以使用命令行子命令（yibao --help）。"
        case .terminalTypeUnset:
            return "没有设置终端类型（TERM）。请在终端窗口中运行，或先执行：export TERM=xterm-256color"
        case .unknownTerminal(let term):
            return "无法识别终端类型“\(term)”。请先执行：export TERM=xterm-256color"
        case .terminalTooLimited(let term):
            return "终端“\(term)”不能显示医保的全屏界面。请换用普通终端窗口（TERM=xterm-256color），或使用命令行子命令（yibao --help）。"
        }
    }

    /// The message in English.
    public var en: String {
        switch self {
        case .notATerminal:
            return "Please run this in a terminal window. To only look at your data, use a subcommand (yibao --help)."
        case .terminalTypeUnset:
            return
                "The terminal type (TERM) is not set. Run this in a terminal window, or first run: export TERM=xterm-256color"
        case .unknownTerminal(let term):
            return "The terminal type \"\(term)\" is not known here. Please first run: export TERM=xterm-256color"
        case .terminalTooLimited(let term):
            return
                "The terminal \"\(term)\" cannot show Yibao's full-screen app. Use an ordinary terminal window (TERM=xterm-256color), or a subcommand (yibao --help)."
        }
    }
}
