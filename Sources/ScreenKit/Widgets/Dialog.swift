/// A dialog button: the key that presses it (`Y`) and its word (`是 Yes`).
public struct DialogButton: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// A centred box that asks or tells: a title, a message wrapped to fit, and buttons `[Y] 是  [N] 否`.
///
/// The selected button (if any) gets the `>` marker and the `.selection` role. When the screen is
/// short, the blank padding lines go first, then message lines from the end (the buttons stay).
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [DialogButton]
    public var selectedButton: Int?
    /// The role of the message text: `.normal`, or `.error` / `.warning` (callers also say so in words).
    public var messageStyle: Style

    public init(
        title: String, message: String, buttons: [DialogButton], selectedButton: Int? = nil,
        messageStyle: Style = .normal
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.messageStyle = messageStyle
    }

    /// The widest a dialog's text gets before it wraps.
    public static let preferredTextWidth = 56

    /// The buttons row as text, with the selected one marked.
    var buttonsText: String {
        buttons.enumerated().map { index, button in
            (index == selectedButton ? "> " : "") + "[\(button.key)] \(button.label)"
        }.joined(separator: "   ")
    }

    /// Draws the dialog centred in `area`; returns the box's rectangle.
    @discardableResult
    public func draw(in area: Rect, into buffer: inout ScreenBuffer, charset: Charset = .unicode) -> Rect {
        guard area.width >= 6, area.height >= 3 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let maxText = max(1, min(Self.preferredTextWidth, area.width - 4))
        let buttonsWidth = DisplayWidth.of(buttonsText)
        let natural = max(
            DisplayWidth.of(title) + 4,
            buttonsWidth,
            message.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
        )
        let textWidth = min(maxText, max(natural, 20))
        var messageLines = TextWrap.lines(message, width: textWidth)
        let hasButtons = !buttons.isEmpty
        // Rows: border, blank, message..., blank, buttons, border.
        var padding = 2
        func rows() -> Int { 2 + padding + messageLines.count + (hasButtons ? 1 : 0) }
        while rows() > area.height, padding > 0 { padding -= 1 }
        while rows() > area.height, messageLines.count > 1 { messageLines.removeLast() }
        let box = area.centred(Size(columns: textWidth + 4, rows: rows()))
        buffer.fill(box)
        let inside = Box.draw(box, into: &buffer, title: title, charset: charset)
        let content = inside.inset(horizontal: 1)
        var y = content.y + (padding > 0 ? 1 : 0)
        for line in messageLines {
            buffer.put(line, x: content.x, y: y, maxWidth: content.width, style: messageStyle)
            y += 1
        }
        if hasButtons {
            let buttonsY = inside.maxY - 1
            var x = content.x + max(0, (content.width - buttonsWidth) / 2)
            for (index, button) in buttons.enumerated() {
                if index > 0 { x += 3 }
                let isSelected = index == selectedButton
                let text = (isSelected ? "> " : "") + "[\(button.key)] \(button.label)"
                x = buffer.put(
                    text, x: x, y: buttonsY, maxWidth: content.maxX - x, style: isSelected ? .selection : .normal)
            }
        }
        return box
    }
}
