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
    /// For a choice that narrows as one types (regions, relations): each option's search keys.
    public var search: ChoiceSearch?

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

    /// True for a choice whose list narrows as one types.
    public var isSearchable: Bool { search != nil && !isText }

    var options: [LocalizedText] {
        if case .choice(let options) = kind { return options }
        return []
    }
}

/// What a choice's list is searched by as someone types: each option's keys (lower case, as
/// `TypeAhead` compares them) and its rank among equally good matches (smaller first).
public struct ChoiceSearch: Sendable {
    public var keys: [[String]]
    public var rank: [Int]
    /// Shown above the typed letters in the open list: what may be typed.
    public var prompt: LocalizedText

    public init(keys: [[String]], rank: [Int] = [], prompt: LocalizedText) {
        self.keys = keys
        self.rank = rank
        self.prompt = prompt
    }

    /// The options matching `query`, best first; every option, in order, for an empty query.
    public func matches(_ query: String) -> [Int] {
        guard !TypeAhead.normalised(query).isEmpty else { return Array(keys.indices) }
        return TypeAhead.matches(query, keys: keys, rank: rank)
    }
}
