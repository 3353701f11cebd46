import Yams

/// Composes the YAML of a data file, refusing in words (file, line, message) what Yams cannot read and
/// what it should not be asked to read: nesting so deep that composing it would exhaust the stack.
///
/// Yams composes nested lists and mappings recursively, so a file of 100,000 `[` crashes the process.
/// No Yibao file nests more than a few levels; `maximumDepth` is far above that and far below the
/// depth that overflows a thread's stack. The depth is over-estimated from the text (flow brackets
/// open, and indentation plus `- ` indicators per line), so nothing too deep ever reaches Yams.
enum YAMLText {
    /// The deepest nesting accepted (flow brackets still open; indentation columns plus `- ` on a line).
    static let maximumDepth = 200

    /// The root node, nil for an empty document. `.basic` reads every scalar as text (the readers
    /// convert them): Yams' default resolver compiles seven regular expressions at first use, about
    /// 9 million instructions at every start (docs/performance.md).
    static func compose(_ text: String, file: String, resolver: Resolver = .default) throws(PolicyFileError) -> Node? {
        if let line = oddLineBreak(text) {
            throw PolicyFileError(
                file: file, line: line,
                message: "a line break other than a newline (a lone CR, U+0085, U+2028 or U+2029); YAML would "
                    + "count a new line there and every line number after it would be wrong")
        }
        if let line = tooDeepLine(text) {
            throw PolicyFileError(
                file: file, line: line,
                message: "the YAML is nested more than \(maximumDepth) levels deep here; no policy file needs that")
        }
        do {
            return try Yams.compose(yaml: text, resolver, nodesOnly, .utf8)
        } catch let error as YamlError {
            throw worded(error, text: text, file: file)
        } catch {
            throw PolicyFileError(file: file, line: 0, message: "the file could not be read as YAML")
        }
    }

    /// The constructor the composed nodes carry. Yibao reads nodes (`scalar`, `int`, `bool`: Yams' own
    /// conversions), never `Node.any`, the one use of a constructor's maps; Yams' `.default` builds its
    /// tables keyed by `Tag.Name` at first use (~0.6 million instructions, before the first Home screen),
    /// so the nodes carry empty maps. The encoding is given too: Yams' `.default` reads the whole
    /// environment (`YAMS_DEFAULT_ENCODING`, a debugging switch) to find what a Swift string always is.
    static var nodesOnly: Constructor { Constructor([:], [:], [:]) }

    /// The number of the file's last line as an editor shows it (a final newline opens no line).
    static func lastLine(_ text: String) -> Int {
        let breaks = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return max(1, text.utf8.last == UInt8(ascii: "\n") ? breaks : breaks + 1)
    }

    /// The line (counted by newlines, as an editor does) holding a character YAML also counts as a line
    /// break, or nil.
    static func oddLineBreak(_ text: String) -> Int? {
        var line = 1
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                line += 1
                previousCR = false
                continue
            case 0x0D:
                if previousCR { return line }
                previousCR = true
                continue
            case 0x85, 0x2028, 0x2029:
                return line
            default:
                if previousCR { return line }
            }
            previousCR = false
        }
        return previousCR ? line : nil
    }

    /// The line where the nesting first goes deeper than `maximumDepth`, or nil.
    static func tooDeepLine(_ text: String) -> Int? {
        var flow = 0
        var line = 1
        var atLineStart = true
        var indent = 0
        var dashes = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                atLineStart = true
                indent = 0
                dashes = 0
            case UInt8(ascii: " ") where atLineStart:
                indent += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                atLineStart = false
                flow += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                atLineStart = false
                flow = max(0, flow - 1)
            default:
                atLineStart = false
            }
            if byte == UInt8(ascii: " "), previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?") {
                dashes += 1
            }
            previous = byte
            if flow > maximumDepth || indent + dashes > maximumDepth { return line }
        }
        return nil
    }

    /// Yams' error as file, line and the parser's own short problem, never the whole description
    /// (which repeats the offending line, control characters and all).
    static func worded(_ error: YamlError, text: String, file: String) -> PolicyFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            // At the end of the stream libyaml counts a line past the last one: name the last line.
            let last = lastLine(text)
            if mark.line > last {
                return PolicyFileError(
                    file: file, line: last, message: "YAML syntax error at the end of the file: \(problem)")
            }
            return PolicyFileError(file: file, line: mark.line, message: "YAML syntax error: \(problem)")
        case .reader(let problem, let offset, _, _):
            var line = 0
            if let offset, offset >= 0 {
                line = 1 + text.utf8.prefix(offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            }
            return PolicyFileError(
                file: file, line: line,
                message: "the file could not be read: \(problem) (tabs, line ends and printable characters only)")
        case .memory:
            return PolicyFileError(file: file, line: 0, message: "the file is too large to read")
        default:
            return PolicyFileError(file: file, line: 0, message: "the file could not be read as YAML")
        }
    }
}
