/// A block of readable text: what the text reader lays out.
public enum TextBlock: Hashable, Sendable {
    case heading(String)
    case paragraph(String)
    /// A list item with its marker (`-`, `1.`); wrapped lines hang under the text, not the marker.
    case listItem(marker: String, text: String)
    /// A quoted note, indented.
    case quote(String)

    /// Reads the small Markdown subset used in rule pages: `#` headings, `-`/`*`/`1.` list items,
    /// `>` quotes, and paragraphs separated by blank lines. Lines of one paragraph are joined: with
    /// nothing between CJK text, with a space between Latin words. `**bold**` marks are removed.
    public static func parseMarkdown(_ source: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var paragraph: [String] = []
        var item: (marker: String, lines: [String])?
        var quote: [String] = []

        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(join(paragraph))) }
            if let current = item { blocks.append(.listItem(marker: current.marker, text: join(current.lines))) }
            if !quote.isEmpty { blocks.append(.quote(join(quote))) }
            paragraph = []
            item = nil
            quote = []
        }

        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingSpaces()
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                flush()
                blocks.append(.heading(cleanInline(String(line.drop { $0 == "#" }).trimmingSpaces())))
            } else if let (marker, text) = listMarker(line) {
                flush()
                item = (marker, [text])
            } else if line.hasPrefix(">") {
                if quote.isEmpty { flush() }
                quote.append(String(line.dropFirst()).trimmingSpaces())
            } else if item != nil, rawLine.first == " " {
                item?.lines.append(line)
            } else if !quote.isEmpty {
                quote.append(line)
            } else {
                if item != nil { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    static func listMarker(_ line: String) -> (String, String)? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
            return ("-", String(line.dropFirst(2)).trimmingSpaces())
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                return (digits + ".", String(rest.dropFirst(2)).trimmingSpaces())
            }
        }
        return nil
    }

    static func join(_ lines: [String]) -> String {
        var result = ""
        for line in lines.map(cleanInline) {
            if let last = result.last, let first = line.first, DisplayWidth.of(last) < 2, DisplayWidth.of(first) < 2 {
                result += " "
            }
            result += line
        }
        return result
    }

    static func cleanInline(_ text: String) -> String {
        var s = text
        for mark in ["**", "__", "`"] { s = s.removingAll(mark) }
        return s
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }

    /// The text without each `target` (an ASCII mark such as `**`), left to right. Compared byte by byte:
    /// finding marks character by character cost 22 M instructions for the help screen's glossary alone
    /// (docs/performance.md, round six).
    fileprivate func removingAll(_ target: String) -> String {
        let mark = Array(target.utf8)
        guard let first = mark.first, utf8.contains(first) else { return self }
        var kept: [UInt8] = []
        kept.reserveCapacity(utf8.count)
        var bytes = Array(utf8)[...]
        while !bytes.isEmpty {
            if bytes.starts(with: mark) {
                bytes = bytes.dropFirst(mark.count)
            } else {
                kept.append(bytes.removeFirst())
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
