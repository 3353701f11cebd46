/// Text forms of a buffer, for tests and snapshots.
extension ScreenBuffer {
    /// Each row as a string (wide glyphs once, continuation cells skipped), trailing spaces trimmed.
    public var lines: [String] {
        (0..<size.rows).map { y in
            var line = ""
            for x in 0..<size.columns {
                if case .glyph(let c, _) = self[x, y] { line.append(c) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }

    /// Runs of equal, non-plain style on each row: row, first and last column (inclusive), style.
    public var styleRuns: [StyleRun] {
        var runs: [StyleRun] = []
        for y in 0..<size.rows {
            var current: StyleRun?
            for x in 0..<size.columns {
                // A continuation cell belongs to the run of the wide glyph to its left.
                let style = self[x, y].style ?? current?.style ?? .normal
                if let run = current, run.style == style {
                    current?.lastColumn = x
                    continue
                }
                if let run = current, run.style != .normal { runs.append(run) }
                current = StyleRun(row: y, firstColumn: x, lastColumn: x, style: style)
            }
            if let run = current, run.style != .normal { runs.append(run) }
        }
        return runs
    }

    /// The snapshot format: a header, the rows, then the style runs (like ratatui's `Debug for Buffer`).
    ///
    /// ```
    /// size 40x3 cursor -
    /// Title
    /// > [1] 余额 Balance
    ///
    /// styles:
    /// 0:0-4 title
    /// 1:0-39 selection
    /// ```
    public var textWithStyles: String {
        var out = "size \(size) cursor \(cursor.map { $0.description } ?? "-")\n"
        for line in lines { out += line + "\n" }
        out += "styles:\n"
        for run in styleRuns { out += run.description + "\n" }
        return out
    }
}

/// A horizontal run of cells with the same style, as listed in snapshots.
public struct StyleRun: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var firstColumn: Int
    public var lastColumn: Int
    public var style: Style

    public init(row: Int, firstColumn: Int, lastColumn: Int, style: Style) {
        self.row = row
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
        self.style = style
    }

    /// `1:0-39 selection+bold`
    public var description: String { "\(row):\(firstColumn)-\(lastColumn) \(style)" }
}

extension ScreenBuffer {
    /// The rows whose cells differ from `other`'s (every row when the sizes differ); for tests and
    /// backends that redraw by line. The ncurses backend does not need it: ncurses diffs by itself.
    public func changedRows(from other: ScreenBuffer) -> [Int] {
        guard other.size == size else { return Array(0..<size.rows) }
        return (0..<size.rows).filter { y in
            let range = (y * size.columns)..<((y + 1) * size.columns)
            return cells[range] != other.cells[range]
        }
    }
}
