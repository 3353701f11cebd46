import ScreenKit

extension TextField {
    /// Applies what the keymap read as editing: a typed character, deleting, moving the caret
    /// (Left/Right, the start and end), emptying. Returns false for other input, so the form can treat
    /// it as a command.
    @discardableResult
    mutating func edit(_ input: Input) -> Bool {
        switch input {
        case .text(let character): insert(character)  // refused characters are still this field's input
        case .command(.deleteBackward): deleteBackward()
        case .command(.deleteForward): deleteForward()
        case .command(.left): moveLeft()
        case .command(.right): moveRight()
        case .command(.first): moveHome()
        case .command(.last): moveEnd()
        case .command(.clearField): clear()
        default: return false
        }
        return true
    }
}
