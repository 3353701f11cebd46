import Foundation
import YibaoCore

/// Reads a PIN for an operator command: from the terminal with echo off (asked twice), or the first
/// line of standard input when it is not a terminal. Never from the command line, where it would be
/// seen in `ps` and kept in the shell's history.
enum PinPrompt {
    static func read(_ what: LocalizedText, language: Language) throws -> KioskPin {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw Refused(
                    LocalizedText(
                        zh: "没有读到密码。请在提示时输入，或从标准输入送入一行（例如 printf '%s\\n' \"$PIN\" | yibao …）。什么都没有改动。",
                        en: "No PIN was given. Type it when asked, or send one line on standard input "
                            + "(for example printf '%s\\n' \"$PIN\" | yibao …). Nothing was changed."))
            }
            return try perform { try KioskPin(line) }
        }
        let first = try perform { try KioskPin(hidden(what.text(language) + ": ")) }
        let again = LocalizedText(zh: "请再输一次", en: "Type it again")
        let second = try hidden(again.text(language) + ": ")
        guard (try? KioskPin(second)) == first else {
            throw Refused(
                LocalizedText(
                    zh: "两次输入的密码不一样。什么都没有改动，请重新设置。",
                    en: "The two PINs were not the same. Nothing was changed; please set it again."))
        }
        return first
    }

    /// One line typed with echo off; echo comes back afterwards, and also if Ctrl-C ends the program.
    private static func hidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var original = termios()
        let canHide = tcgetattr(STDIN_FILENO, &original) == 0
        if canHide {
            terminalBeforePrompt = original
            var quiet = original
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            signal(SIGINT) { _ in
                tcsetattr(STDIN_FILENO, TCSANOW, &terminalBeforePrompt)
                _exit(130)
            }
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if canHide {
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
                signal(SIGINT, SIG_DFL)
            }
        }
        guard let line = readLine(strippingNewline: true) else {
            throw Refused(LocalizedText(zh: "已取消。什么都没有改动。", en: "Cancelled. Nothing was changed."))
        }
        return line
    }
}

/// The terminal's settings while a PIN prompt has echo off, for the Ctrl-C handler to put back.
/// (A signal handler can reach only globals; it is written before the handler is installed.)
nonisolated(unsafe) private var terminalBeforePrompt = termios()
