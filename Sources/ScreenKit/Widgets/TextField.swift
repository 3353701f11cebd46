/// An editable single line of text: the text, a caret between grapheme clusters, an optional length
/// limit and masking. A value type kept in app state; `render` draws it with `TextField.draw`.
///
/// The caret counts *grapheme clusters* (what a person calls characters: `早`, `é`, `🇨🇳`), and
/// `caretColumn` converts it to display columns for the cursor. Characters that `Sanitizer` would
/// replace (controls, bidi and invisible characters) are refused, so a field can never hold them.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// The caret's place, in grapheme clusters from the start: 0 ... `length`.
    public private(set) var caret: Int
    /// The most grapheme clusters the field accepts, or nil for no limit.
    public var maxLength: Int?
    /// True to show every character as `*` (PINs).
    public var isMasked: Bool

    public init(text: String = "", maxLength: Int? = nil, isMasked: Bool = false) {
        let clean = String(text.filter(Sanitizer.isSafe))
        let limited = maxLength.map { String(clean.prefix(max(0, $0))) } ?? clean
        self.text = limited
        self.caret = limited.count
        self.maxLength = maxLength
        self.isMasked = isMasked
    }

    /// The number of grapheme clusters.
    public var length: Int { text.count }
    public var isEmpty: Bool { text.isEmpty }

    /// What the field shows: the text, or one `*` per character when masked.
    public var displayText: String {
        isMasked ? String(repeating: "*", count: text.count) : text
    }

    /// The caret's column from the start of the field, in display columns.
    public var caretColumn: Int {
        isMasked ? caret : DisplayWidth.of(text.prefix(caret))
    }

    /// Inserts a character at the caret; false (and no change) when it is unsafe or the field is full.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        guard Sanitizer.isSafe(character), DisplayWidth.of(character) > 0 else { return false }
        if let maxLength, text.count >= maxLength { return false }
        let index = text.index(text.startIndex, offsetBy: caret)
        let before = text.count
        text.insert(character, at: index)
        // A combining mark may merge with the character before it instead of adding one.
        caret += text.count - before
        return true
    }

    /// Inserts each character of a string (pasted text) that is safe and fits; returns how many went in.
    /// Stops at the field's limit: the rest of a very long paste is not even looked at.
    @discardableResult
    public mutating func insert(_ string: String) -> Int {
        var count = 0
        for character in string {
            if let maxLength, text.count >= maxLength { break }
            if insert(character) { count += 1 }
        }
        return count
    }

    /// Deletes the character before the caret (Backspace); false when the caret is at the start.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard caret > 0 else { return false }
        let index = text.index(text.startIndex, offsetBy: caret - 1)
        text.remove(at: index)
        caret -= 1
        return true
    }

    /// Deletes the character after the caret (Delete); false when the caret is at the end.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        guard caret < text.count else { return false }
        text.remove(at: text.index(text.startIndex, offsetBy: caret))
        return true
    }

    public mutating func moveLeft() { caret = max(0, caret - 1) }
    public mutating func moveRight() { caret = min(text.count, caret + 1) }
    public mutating func moveHome() { caret = 0 }
    public mutating func moveEnd() { caret = text.count }

    /// Empties the field.
    public mutating func clear() {
        text = ""
        caret = 0
    }

    /// Applies an editing key (characters, Backspace, Delete, Left, Right, Home, End, Ctrl-A/E/U);
    /// returns false for keys the field does not use, so the caller can treat them as commands.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)  // refused characters are still this field's keys
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("u"): clear()
        default: return false
        }
        return true
    }
}

extension TextField {
    /// Draws the field on the first row of `rect`, scrolled sideways so the caret is visible, and puts
    /// the buffer's cursor at the caret when `isFocused`. An empty, unfocused field shows `placeholder`.
    public func draw(
        in rect: Rect, into buffer: inout ScreenBuffer, isFocused: Bool, placeholder: String = "",
        style: Style = .input
    ) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect.row(0), style: style)
        if text.isEmpty, !isFocused, !placeholder.isEmpty {
            buffer.put(placeholder, x: rect.x, y: rect.y, maxWidth: rect.width, style: style.adding(.dim))
            return
        }
        let shown = Array(displayText)
        // Keep one column free after the caret so it has somewhere to stand at the end of the text.
        let room = max(1, rect.width - 1)
        var start = 0
        var widthToCaret = caretColumn
        while widthToCaret > room, start < shown.count {
            widthToCaret -= DisplayWidth.of(shown[start])
            start += 1
        }
        let visible = String(shown[start...])
        buffer.put(visible, x: rect.x, y: rect.y, maxWidth: rect.width, style: style)
        if isFocused {
            buffer.cursor = Point(x: rect.x + min(widthToCaret, rect.width - 1), y: rect.y)
        }
    }
}
