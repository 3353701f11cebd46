import ScreenKit
import YibaoCore

/// One piece of a document in the rule reader: what a rule page or a questionnaire result is made of.
enum ReaderBlock: Hashable, Sendable {
    /// The big line at the top of a document.
    case title(String)
    case heading(String)
    case paragraph(String)
    /// A line that must stand out, e.g. what happens to the balance in a case.
    case strong(String)
    case listItem(String)
    /// One source of the page: a document and its date.
    case source(String)
    /// Quieter text: the date a page is current as of, a caution.
    case small(String)
    /// A warning, marked `[警告]` in words as well as by its role.
    case warning(String)
    /// A note set apart in a box, with a title on its top edge.
    case box(title: String, text: String)
    /// A line across the page between the text and its end matter (sources, the note).
    case separator
}

/// A laid-out line of the reader: pieces of text drawn left to right, each with its style.
struct ReaderLine: Hashable, Sendable {
    var parts: [StyledLine]

    init(_ text: String, style: Style = .normal) { parts = [StyledLine(text, style: style)] }
    init(parts: [StyledLine]) { self.parts = parts }

    /// The words of the line, without styles.
    var text: String { parts.map(\.text).joined() }
}

/// A document laid out to one width: its lines, and the line each block starts on.
struct ReaderLayout: Hashable, Sendable {
    var lines: [ReaderLine] = []
    /// `starts[i]` is the first line of block `i` (the blank line before it included).
    var starts: [Int] = []

    init(_ blocks: [ReaderBlock], width: Int, language: Language, charset: Charset) {
        let width = max(8, width)
        var previous: ReaderBlock?
        for block in blocks {
            starts.append(lines.count)
            if let previous, !ReaderLayout.isTight(previous, block) { lines.append(ReaderLine("")) }
            lines += ReaderLayout.lines(of: block.prose(charset), width: width, language: language, charset: charset)
            previous = block
        }
    }

    /// The block that line `line` belongs to.
    func block(containing line: Int) -> Int {
        starts.lastIndex { $0 <= line } ?? 0
    }

    /// Blocks that sit right under the one before them; everything else gets a blank line between.
    static func isTight(_ previous: ReaderBlock, _ block: ReaderBlock) -> Bool {
        switch (previous, block) {
        case (.heading, .paragraph), (.heading, .listItem), (.heading, .source), (.heading, .strong),
            (.heading, .small), (.listItem, .listItem), (.source, .source), (.strong, .paragraph),
            (.strong, .listItem), (.title, .small), (.small, .small), (.paragraph, .listItem), (.separator, _):
            return true
        default:
            return false
        }
    }

    /// The marker that says "warning" in words, so the role is never the only sign.
    static func warningMarker(_ language: Language) -> String {
        language == .zhHans ? "[警告] " : "[Warning] "
    }

    static func lines(of block: ReaderBlock, width: Int, language: Language, charset: Charset) -> [ReaderLine] {
        switch block {
        case .title(let text):
            return TextWrap.lines(text, width: width).map { ReaderLine($0, style: Style(.title, [.underline])) }
        case .heading(let text):
            return TextWrap.lines(text, width: width).map { ReaderLine($0, style: .title) }
        case .paragraph(let text):
            return TextWrap.lines(text, width: width).map { ReaderLine($0) }
        case .strong(let text):
            return TextWrap.lines(text, width: width).map { ReaderLine($0, style: .amount) }
        case .listItem(let text), .source(let text):
            return TextWrap.lines(text, width: width, prefix: "- ").map { ReaderLine($0) }
        case .small(let text):
            return TextWrap.lines(text, width: width).map { ReaderLine($0, style: .dim) }
        case .warning(let text):
            return TextWrap.lines(text, width: width, prefix: warningMarker(language)).map {
                ReaderLine($0, style: .warning)
            }
        case .box(let title, let text):
            return boxLines(title: title, text: text, width: width, charset: charset)
        case .separator:
            return [ReaderLine(String(repeating: String(charset.box.horizontal), count: width), style: .border)]
        }
    }

    /// `┌─ title ──┐`, `│ text │` lines, `└──┘`, as wide as the page.
    static func boxLines(title: String, text: String, width: Int, charset: Charset) -> [ReaderLine] {
        let g = charset.box
        let h = String(g.horizontal)
        let titleText = " " + TextLayout.truncate(title, width: width - 6) + " "
        let rest = max(0, width - 3 - DisplayWidth.of(titleText))
        var out = [
            ReaderLine(parts: [
                StyledLine(String(g.topLeft) + h, style: .border), StyledLine(titleText, style: .title),
                StyledLine(String(repeating: h, count: rest) + String(g.topRight), style: .border),
            ])
        ]
        for line in TextWrap.lines(text, width: width - 4) {
            out.append(
                ReaderLine(parts: [
                    StyledLine(String(g.vertical) + " ", style: .border),
                    StyledLine(TextLayout.pad(line, width: width - 4)),
                    StyledLine(" " + String(g.vertical), style: .border),
                ]))
        }
        out.append(
            ReaderLine(
                String(g.bottomLeft) + String(repeating: h, count: width - 2) + String(g.bottomRight), style: .border))
        return out
    }
}
