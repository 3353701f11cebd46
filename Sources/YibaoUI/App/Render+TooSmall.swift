import ScreenKit
import YibaoCore

/// The one drawing of a window that is too small, for the app and the kiosk alike: what is needed and
/// what there is, in words. Nil when the window is big enough.
public func tooSmallFrame(size: Size, language: Language) -> ScreenBuffer? {
    guard AppState.isTooSmall(size) else { return nil }
    var buffer = ScreenBuffer(size: size)
    TooSmall.draw(tooSmallMessage(size: size).map { $0.text(language) }, into: &buffer)
    return buffer
}

func tooSmallMessage(size: Size) -> [LocalizedText] {
    let need = AppState.minimumSize
    return [
        LocalizedText(zh: "窗口太小", en: "The window is too small"),
        LocalizedText(
            zh: "请把窗口放大到至少 \(need.columns) 列 × \(need.rows) 行",
            en: "Please enlarge it to at least \(need.columns) x \(need.rows)"),
        LocalizedText(zh: "现在是 \(size.columns) × \(size.rows)", en: "It is now \(size.columns) x \(size.rows)"),
    ]
}
