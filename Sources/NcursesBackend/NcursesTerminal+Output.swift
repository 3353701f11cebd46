import CNCursesw
import ScreenKit

extension NcursesTerminal {
    /// Copies the buffer to the screen: `werase`, then each row in runs of equal style with
    /// `mvwaddnwstr`, then `wnoutrefresh` + `doupdate`, so ncurses sends only the cells that changed.
    /// Long box lines that changed go out first with the terminal's `rep` where it has been seen to
    /// work (`repeatsLines`, `line_repeat.h`).
    /// Never `clear()`, which would repaint everything. When the locale is not UTF-8, characters
    /// outside ASCII are shown as `?` (one per column), so the layout still holds.
    public func draw(_ buffer: ScreenBuffer) throws {
        guard !isShutDown else { return }
        if repeatsLines, cn_clear_pending() != 0 {
            // A pending clear would make doupdate repaint every cell itself: clear first (the same
            // `clear` it would send), so the frame below is an update and its long lines can use `rep`.
            werase(window)
            wnoutrefresh(window)
            doupdate()
        }
        werase(window)
        let columns = min(buffer.size.columns, size.columns)
        let rows = min(buffer.size.rows, size.rows)
        var run: [wchar_t] = []
        for y in 0..<rows {
            var x = 0
            while x < columns {
                guard case .glyph(let first, let style) = buffer[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                let lines = lineDrawing.run(in: buffer, row: y, from: x, to: columns, style: style)
                if !lines.isEmpty {
                    // A run of box lines goes through the terminal's line-drawing set, one byte a cell.
                    let (attrs, pair) = colors.attributes(for: style)
                    _ = cn_wattr_set(window, attrs, pair)
                    _ = cn_mvwaddch(window, Int32(y), Int32(x), lines[0])
                    for line in lines.dropFirst() { _ = cn_waddch(window, line) }
                    x += lines.count
                    continue
                }
                run.removeAll(keepingCapacity: true)
                while x < columns {
                    let cell = buffer[x, y]
                    if cell == .continuation {
                        x += 1
                        continue
                    }
                    guard case .glyph(let character, let cellStyle) = cell, cellStyle == style else { break }
                    let utf8 = character.utf8
                    if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
                        // Printable ASCII, most of every frame: one column, measured alike by ncurses,
                        // never a box line. Appended without the checks below (~350 instructions a
                        // cell; docs/performance.md, round seven).
                        run.append(wchar_t(byte))
                        x += 1
                        continue
                    }
                    if x > start, lineDrawing.startsRun(in: buffer, row: y, at: x, to: columns, style: style) { break }
                    let width = DisplayWidth.of(character)
                    if x + width > columns { break }
                    if !isUTF8, !character.isASCII {
                        // The locale cannot encode it: a look-alike (¥ → Y) or `?` per column; layout holds.
                        for scalar in ASCIIFallback.text(for: character, width: width).unicodeScalars {
                            run.append(wchar_t(bitPattern: scalar.value))
                        }
                        x += max(1, width)
                        continue
                    }
                    // A glyph ncurses measures differently from us is written on its own, at its own
                    // column, so a disagreement cannot shift the rest of the row.
                    let agrees = ncursesAgrees(character, width: width)
                    if !agrees, x > start { break }
                    for scalar in character.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                    x += max(1, width)
                    if !agrees { break }
                }
                if run.isEmpty {
                    // Only when the first glyph did not fit: skip the rest of the row.
                    _ = first
                    break
                }
                let (attrs, pair) = colors.attributes(for: style)
                _ = cn_wattr_set(window, attrs, pair)
                // Writing the bottom-right cell returns ERR though it is drawn: harmless.
                _ = run.withUnsafeBufferPointer {
                    cn_mvwaddnwstr(window, Int32(y), Int32(start), $0.baseAddress, Int32($0.count))
                }
            }
        }
        _ = cn_wattr_set(window, cn_a_normal(), 0)
        if let cursor = buffer.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.columns, cursor.y < size.rows {
            showCursor(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            showCursor(false)
        }
        wnoutrefresh(window)
        if repeatsLines { _ = cn_send_repeated_lines(Int32(LineDrawing.shortestRepeat)) }
        doupdate()
    }

    /// The next `draw` clears the whole terminal and repaints every cell (`clearok` through `wclear`),
    /// so nothing of the previous screen can survive, whatever ncurses believes is already there.
    public func clearAll() {
        guard !isShutDown else { return }
        wclear(window)
    }

    private func ncursesAgrees(_ character: Character, width: Int) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return true }
        if scalar.value < 0x7F { return true }
        return Int(cn_wcwidth(wchar_t(bitPattern: scalar.value))) == width
    }
}
