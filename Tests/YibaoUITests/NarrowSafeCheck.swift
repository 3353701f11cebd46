import ScreenKit
import TestSupport
import Testing

@testable import YibaoUI

/// The same app state drawn again in the narrow-safe set, checked by `expectNarrowSafe`: every
/// snapshot test calls it beside `assertScreen`, so every screen in both languages is covered.
func expectNarrowSafe(
    _ state: AppState, environment: UIEnvironment, keymap: Keymap = .standard, _ name: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    var narrow = environment
    narrow.charset = .ascii
    expectNarrowSafe(
        render(state, environment: narrow, keymap: keymap), name + " (ascii)", sourceLocation: sourceLocation)
}

/// The kiosk's screens the same way.
func expectNarrowSafe(
    kiosk state: KioskState, environment: UIEnvironment, _ name: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    var narrow = environment
    narrow.charset = .ascii
    expectNarrowSafe(renderKiosk(state, environment: narrow), name + " (ascii)", sourceLocation: sourceLocation)
}
