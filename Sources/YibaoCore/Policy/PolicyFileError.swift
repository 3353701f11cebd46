/// A policy or data file that cannot be used, with the file and line at fault.
public struct PolicyFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the data folder, e.g. `policy/national.yaml`.
    public var file: String
    /// 1-based line number; 0 when the whole file is at fault (missing, not UTF-8).
    public var line: Int
    public var message: String

    /// The longest message kept: messages quote what the file says, and a file may say a lot.
    public static let maximumMessageLength = 300

    /// `message` may quote the file: control characters in it become `?` and it is cut at
    /// `maximumMessageLength` characters, so the error stays one readable line.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        var clean = String.UnicodeScalarView()
        for scalar in message.unicodeScalars {
            let v = scalar.value
            clean.append(v < 0x20 || (0x7F...0x9F).contains(v) ? "?" : scalar)
        }
        var text = String(clean)
        if text.count > Self.maximumMessageLength {
            text = String(text.prefix(Self.maximumMessageLength - 1)) + "…"
        }
        self.message = text
    }

    /// `policy/national.yaml:12: effective_from is not a date (YYYY-MM-DD)`.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
