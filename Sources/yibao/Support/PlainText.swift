import ScreenKit

/// The command line's plain (not JSON) output made safe for a terminal: every line sanitised as the
/// app's screens are (`Sanitizer.inert`), line breaks kept. A name, a typed argument or an operator's
/// rule page that holds `ESC ] 0;…` or U+202E is printed as `^[]0;…` or `<U+202E>`, never obeyed.
enum PlainText {
    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                var s = String(line)
                if s.hasSuffix("\r") { s.removeLast() }
                return Sanitizer.inert(s)
            }
            .joined(separator: "\n")
    }
}

/// Prints plain text to standard output, sanitised line by line.
func printText(_ text: String) {
    print(PlainText.safe(text))
}
