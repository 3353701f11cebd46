import ScreenKit
import YibaoCore

/// One field of a form: typed text, or a choice among options.
public struct FormField: Sendable {
    public enum Kind: Sendable {
        case text(TextField)
        case choice([LocalizedText])
    }

    public var id: String
    public var label: LocalizedText
    public var kind: Kind
    /// For a choice: the chosen option's index.
    public var selected: Int
    /// Shown in an empty text field.
    public var placeholder: LocalizedText?
    /// A quiet line under the field: how to fill it in.
    public var note: LocalizedText?
    /// What is wrong with what was typed, said at the field (with a `[!]` marker, not colour alone).
    public var error: LocalizedText?
    public var isVisible: Bool

    public static func text(
        _ id: String, _ label: LocalizedText, maxLength: Int? = nil, placeholder: LocalizedText? = nil,
        note: LocalizedText? = nil, text: String = ""
    ) -> FormField {
        var field = TextField(text: "", maxLength: maxLength)
        _ = field.insert(text)
        return FormField(
            id: id, label: label, kind: .text(field), selected: 0, placeholder: placeholder, note: note, error: nil,
            isVisible: true)
    }

    public static func choice(
        _ id: String, _ label: LocalizedText, options: [LocalizedText], selected: Int = 0, note: LocalizedText? = nil
    ) -> FormField {
        FormField(
            id: id, label: label, kind: .choice(options), selected: selected, placeholder: nil, note: note, error: nil,
            isVisible: true)
    }

    /// The typed text (trimmed), or the chosen option's index as text.
    public var text: String {
        if case .text(let field) = kind { return field.text.trimmingCharacters(in: .whitespaces) }
        return String(selected)
    }

    public var isText: Bool {
        if case .text = kind { return true }
        return false
    }

    var options: [LocalizedText] {
        if case .choice(let options) = kind { return options }
        return []
    }
}
