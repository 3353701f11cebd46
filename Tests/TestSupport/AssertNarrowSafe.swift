import ScreenKit
import Testing

/// Checks a screen drawn in the narrow-safe set (`Charset.ascii`) as an ambiguous-wide terminal
/// (PuTTY, Xshell with CJK settings) would show it: no East Asian Ambiguous glyph anywhere, and no row
/// wider than the window when ambiguous characters count two columns.
public func expectNarrowSafe(
    _ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    for (row, line) in buffer.lines.enumerated() {
        let ambiguous = line.filter { AmbiguousWidth.contains($0) }
        #expect(
            ambiguous.isEmpty, "\(name) row \(row): ambiguous-width \(Array(ambiguous)) in \(line)",
            sourceLocation: sourceLocation)
        let wide = widestRowColumns(buffer, row: row)
        #expect(
            wide <= buffer.size.columns,
            "\(name) row \(row) takes \(wide) columns in a \(buffer.size.columns)-column window: \(line)",
            sourceLocation: sourceLocation)
    }
}

/// The columns row `row` takes where ambiguous characters are two columns wide (every cell counted,
/// trailing spaces too).
public func widestRowColumns(_ buffer: ScreenBuffer, row: Int) -> Int {
    var columns = 0
    for x in 0..<buffer.size.columns {
        guard case .glyph(let character, _) = buffer[x, row] else { continue }
        columns += AmbiguousWidth.wideColumns(String(character))
    }
    return columns
}
