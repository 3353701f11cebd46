import YibaoCore

/// What the app says when the store was changed by another process (the command line, another app,
/// a kiosk) and the screen followed by itself.
enum ElsewhereWords {
    /// The calm note on the status line after such a reload (never after the person's own save).
    static let changed = LocalizedText(
        zh: "另一处刚更新了数据，画面已刷新。", en: "Something was changed elsewhere; the screen is up to date.")
}
