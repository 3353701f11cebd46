/// Reading a rule page from its small Markdown dialect: front matter, `#` headings, paragraphs,
/// `- ` list items and `> ` notes. Anything else is read as paragraph text.
extension RulePage {
    /// The heading that opens the Sources section, in either language.
    static let sourcesHeadings: Set<String> = ["来源", "Sources"]

    /// How the closing note must begin, per language.
    static func localPolicyPrefix(_ language: Language) -> String {
        language == .zhHans ? "以当地医保部门的规定为准" : "Local policy prevails"
    }

    /// Parses one page; `file` (relative to `Data/`) is used in errors.
    static func parse(
        _ text: String, topic: String, language: Language, file: String
    ) throws(PolicyFileError) -> RulePage {
        var lines = text.markdownLines
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
        func fail(_ line: Int, _ message: String) -> PolicyFileError {
            PolicyFileError(file: file, line: line, message: message)
        }

        // Front matter.
        guard let first = lines.first, first.markdownTrimmed == "---" else {
            throw fail(1, "the page must begin with a front matter block: a line `---`, title:, effective:, `---`")
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].markdownTrimmed == "---" }) else {
            throw fail(1, "the front matter block is not closed with a line `---`")
        }
        var title: String?
        var effective: CivilDate?
        for index in 1..<closing {
            let line = lines[index].markdownTrimmed
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw fail(number, "a front matter line must read `key: value`")
            }
            let key = String(line[..<colon]).markdownTrimmed
            let value = String(line[line.index(after: colon)...]).markdownTrimmed.markdownUnquoted
            switch key {
            case "title":
                guard title == nil else { throw fail(number, "title is given twice") }
                guard !value.isEmpty else { throw fail(number, "title is empty") }
                title = value
            case "effective":
                guard effective == nil else { throw fail(number, "effective is given twice") }
                guard let date = CivilDate(iso: value) else {
                    throw fail(number, "effective is not a date (YYYY-MM-DD)")
                }
                effective = date
            default:
                throw fail(number, "unknown front matter key `\(key)` (known: title, effective)")
            }
        }
        guard let title else { throw fail(1, "the front matter has no title:") }
        guard let effective else { throw fail(1, "the front matter has no effective: date") }

        // Body.
        let bodyLines = Array(lines[(closing + 1)...])
        var reader = RuleBlockReader()
        for (offset, line) in bodyLines.enumerated() {
            try reader.read(line, number: closing + 2 + offset, file: file)
        }
        reader.flush()
        let blocks = reader.blocks
        let blockLines = reader.lines
        let lastLine = lines.lastIndex(where: { !$0.markdownTrimmed.isEmpty }).map { $0 + 1 } ?? 1

        // Sources section.
        guard
            let sourcesAt = blocks.firstIndex(where: {
                if case .heading(2, let text) = $0 { return sourcesHeadings.contains(text) }
                return false
            })
        else {
            let heading = language == .zhHans ? "## 来源" : "## Sources"
            throw fail(lastLine, "the page has no Sources section (`\(heading)` with one line per source)")
        }
        var sources: [String] = []
        for index in blocks.indices.dropFirst(sourcesAt + 1) {
            guard case .listItem(let source) = blocks[index] else { break }
            guard source.markdownContainsYear else {
                throw fail(blockLines[index], "a source needs its date or year")
            }
            sources.append(source)
        }
        guard !sources.isEmpty else {
            throw fail(blockLines[sourcesAt], "the Sources section lists no source (`- ` one line per source)")
        }

        // The closing note.
        let prefix = localPolicyPrefix(language)
        guard
            let noteAt = blocks.lastIndex(where: {
                if case .note(let text) = $0 { return text.hasPrefix(prefix) }
                return false
            })
        else {
            throw fail(lastLine, "the page has no local-policy note (`> \(prefix)…`)")
        }
        guard noteAt == blocks.count - 1 else {
            throw fail(blockLines[noteAt + 1], "the local-policy note must end the page")
        }

        let body = bodyLines.joined(separator: "\n").markdownTrimmedLines
        return RulePage(
            topic: topic, language: language, title: title, effective: effective, blocks: blocks,
            sources: sources, localPolicyNote: blocks[noteAt].text, body: body)
    }
}

/// Turns body lines into blocks, remembering the line each block starts on.
struct RuleBlockReader {
    private(set) var blocks: [RuleBlock] = []
    private(set) var lines: [Int] = []
    private var pending: (kind: Kind, text: String, line: Int)?

    enum Kind { case paragraph, listItem, note }

    mutating func read(_ raw: String, number: Int, file: String) throws(PolicyFileError) {
        let line = raw.markdownTrimmed
        if line.isEmpty {
            flush()
            return
        }
        if line.hasPrefix("#") {
            let level = line.prefix(while: { $0 == "#" }).count
            let rest = line.dropFirst(level)
            if level <= 6, rest.first == " " {
                flush()
                let text = String(rest).markdownTrimmed
                guard !text.isEmpty else {
                    throw PolicyFileError(file: file, line: number, message: "a heading has no words")
                }
                append(.heading(level: level, text: text), line: number)
                return
            }
        }
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            flush()
            pending = (.listItem, String(line.dropFirst(2)).markdownTrimmed, number)
            return
        }
        if line.hasPrefix(">") {
            let text = String(line.dropFirst()).markdownTrimmed
            if let current = pending, current.kind == .note {
                pending?.text = RuleBlockReader.join(current.text, text)
            } else {
                flush()
                pending = (.note, text, number)
            }
            return
        }
        if let current = pending {
            // A continuation: of a paragraph, of an indented or lazy list item, or of a note.
            pending?.text = RuleBlockReader.join(current.text, line)
        } else {
            pending = (.paragraph, line, number)
        }
    }

    mutating func flush() {
        guard let current = pending else { return }
        pending = nil
        switch current.kind {
        case .paragraph: append(.paragraph(current.text), line: current.line)
        case .listItem: append(.listItem(current.text), line: current.line)
        case .note: append(.note(current.text), line: current.line)
        }
    }

    private mutating func append(_ block: RuleBlock, line: Int) {
        blocks.append(block)
        lines.append(line)
    }

    /// Joins two wrapped lines: with a space between Latin words, directly between Chinese characters.
    static func join(_ a: String, _ b: String) -> String {
        guard let last = a.last, let first = b.first else { return a + b }
        return last.isASCII && first.isASCII ? a + " " + b : a + b
    }
}

extension String {
    /// Without leading and trailing white space.
    fileprivate var markdownTrimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Without one pair of surrounding quotes.
    fileprivate var markdownUnquoted: String {
        for quote in ["\"", "'"] where count >= 2 && hasPrefix(quote) && hasSuffix(quote) {
            return String(dropFirst().dropLast())
        }
        return self
    }

    /// The lines, split at each "\n" with a "\r" before it dropped. Split as UTF-8 bytes: splitting
    /// Characters (grapheme clusters) took ~30 million instructions for the six pages at every start,
    /// and "\r\n" is one Character, so a file with Windows line ends never split at all.
    fileprivate var markdownLines: [String] {
        var lines: [String] = []
        var text = self
        text.withUTF8 { bytes in
            var start = 0
            func line(until end: Int) {
                let stop = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
            }
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                line(until: index)
                start = index + 1
            }
            line(until: bytes.count)
        }
        return lines
    }

    /// Without blank lines at the start and the end.
    fileprivate var markdownTrimmedLines: String {
        var lines = markdownLines
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Whether the text names a year from 1900 to 2099 (four digits not inside a longer number). Read as
    /// UTF-8 bytes (no byte of a longer character is an ASCII digit): by Characters this was 4 million
    /// instructions for the sources of six pages at every start.
    fileprivate var markdownContainsYear: Bool {
        let bytes = Array(utf8)
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
        }
        guard bytes.count >= 4 else { return false }
        for start in 0...(bytes.count - 4) where (start..<(start + 4)).allSatisfy(isDigit) {
            if isDigit(start - 1) || isDigit(start + 4) { continue }
            let (a, b) = (bytes[start], bytes[start + 1])
            let nineteen = a == UInt8(ascii: "1") && b == UInt8(ascii: "9")
            let twenty = a == UInt8(ascii: "2") && b == UInt8(ascii: "0")
            if nineteen || twenty { return true }
        }
        return false
    }
}
