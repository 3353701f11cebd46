/// A terminal size, in display columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// True when both sides are at least as large as `minimum`'s.
    public func isAtLeast(_ minimum: Size) -> Bool {
        columns >= minimum.columns && rows >= minimum.rows
    }

    /// `80x24`: columns by rows, as terminal people say it.
    public var description: String { "\(columns)x\(rows)" }
}
