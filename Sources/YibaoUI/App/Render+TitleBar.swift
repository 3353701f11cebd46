import ScreenKit
import YibaoCore

/// The app's title bar: the screen's name on the left; on the right a read-only mark, whose account
/// is open and when the store last changed.
func drawTitle(_ title: LocalizedText, context: ScreenContext, in row: Rect, into buffer: inout ScreenBuffer) {
    let readOnly = LocalizedText(zh: "[只读]", en: "[Read-only]")
    var right = context.environment.demo ? context.text(LocalizedText(zh: "[示例]", en: "[Demo]")) : ""
    if context.environment.readOnlyNotice != nil { right += (right.isEmpty ? "" : "  ") + context.text(readOnly) }
    if let owner = context.snapshot?.owner {
        // At a kiosk the signed-in person sees their own name (it tells them whose account is open);
        // everyone else's is masked by displayName.
        right += (right.isEmpty ? "" : "  ") + context.displayName(owner)
    }
    if let date = context.snapshot?.lastChangeDate {
        let updated = LocalizedText(zh: "更新于 \(date)", en: "updated \(date)")
        right += (right.isEmpty ? "" : "  ") + context.text(updated)
    }
    drawTitleBar(title, right: right, language: context.language, in: row, into: &buffer)
}

/// The top row of every screen, the app's and the kiosk's own: " 医保 | <title>" on the left and
/// `right` (the app's account and date, the kiosk's clock) against the right edge, one column in.
func drawTitleBar(
    _ title: LocalizedText, right: String, language: Language, in row: Rect, into buffer: inout ScreenBuffer
) {
    buffer.fill(row, style: .title)
    let left = " " + LocalizedText(zh: "医保", en: "Yibao").text(language) + " | " + title.text(language)
    // Measured as drawn: `put` sanitises, and a name's control characters are wider once visible.
    let right = Sanitizer.inert(right + " ")
    let rightWidth = DisplayWidth.of(right)
    let end = buffer.put(left, x: row.x, y: row.y, maxWidth: max(0, row.width - rightWidth - 1), style: .title)
    if end + rightWidth < row.maxX {
        buffer.put(right, x: row.maxX - rightWidth, y: row.y, style: .title)
    }
}
