/// A policy or data file that cannot be used, with the file and line at fault.
public struct PolicyFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the data folder, e.g. `policy/national.yaml`.
    public var file: String
    /// 1-based line number; 0 when the whole file is at fault (missing, not UTF-8).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `policy/national.yaml:12: effective_from is not a date (YYYY-MM-DD)`.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
