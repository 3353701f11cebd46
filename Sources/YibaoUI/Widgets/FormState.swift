import ScreenKit
import YibaoCore

/// A short form, as elders meet it at a counter: one field at a time has focus (marked `>`), problems
/// are said in words at the field, and a `[确定]` button ends it. Text fields take typing; choice
/// fields change with Left/Right or open a list with Enter.
///
/// Commands (keys as the standard keymap reads them): next field (Tab/Down/Enter), previous field
/// (Shift-Tab/Up); select (Enter) on the button submits; back (Esc) cancels, or closes an open list.
public struct FormState: Sendable {
    public var fields: [FormField]
    /// The focused field's index; `fields.count` is the submit button.
    public var focus: Int
    /// The open option list of the focused choice field, if any.
    public var picker: ListState?
    /// What was typed into the open list of a searchable choice (`wx`, `岳`, `3302`).
    public var pickerQuery = ""
    /// The options the open list shows, best match first (indices into the field's options).
    public var pickerItems: [Int] = []
    /// The most options an open list shows at once: 10, or more on a taller window (see `fitPicker`).
    public var pickerLimit = FormState.pickerRows
    /// True once anything was typed or chosen.
    public var isDirty = false
    public var submitLabel: LocalizedText

    public init(fields: [FormField], submitLabel: LocalizedText = .init(zh: "确定", en: "OK")) {
        self.fields = fields
        self.focus = 0
        self.submitLabel = submitLabel
    }

    /// What a key did to the form.
    public enum Outcome: Equatable, Sendable {
        case none
        /// The value of this field changed (the screen may check it as typed).
        case changed(String)
        /// Focus moved off this field (check it now).
        case left(String)
        case submit
        case cancel
    }

    public var isOnButton: Bool { focus >= fields.count }

    /// Printable keys are typed into the focused text field (no list is open).
    public var capturesText: Bool {
        picker == nil && !isOnButton && fields[focus].isText
    }

    /// Where keys go in the form now: the open list, the focused text or choice field, or the button.
    public var keyScopes: [KeyScope] {
        let searchable = !isOnButton && fields[focus].isSearchable
        if picker != nil { return searchable ? [.searchList, .optionList, .form] : [.optionList, .form] }
        if isOnButton { return [.form] }
        if fields[focus].isText { return [.textField, .form] }
        return searchable ? [.searchChoice, .choiceField, .form] : [.choiceField, .form]
    }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }
    public func text(_ id: String) -> String { field(id)?.text ?? "" }
    public func choice(_ id: String) -> Int { field(id)?.selected ?? 0 }

    public mutating func update(_ id: String, _ change: (inout FormField) -> Void) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        change(&fields[index])
    }

    public mutating func setError(_ id: String, _ error: LocalizedText?) { update(id) { $0.error = error } }

    /// Replaces a text field's text (caret at the end), e.g. a name filled in from the store. Does not
    /// make the form dirty: the person did not type it.
    public mutating func setText(_ id: String, _ text: String) {
        update(id) { field in
            guard case .text(let old) = field.kind else { return }
            var replaced = TextField(text: "", maxLength: old.maxLength, isMasked: old.isMasked)
            replaced.insert(text)
            field.kind = .text(replaced)
        }
    }

    /// Chooses an option of a choice field by index (ignored when out of range).
    public mutating func setChoice(_ id: String, _ index: Int) {
        update(id) { field in
            if field.options.indices.contains(index) { field.selected = index }
        }
    }

    public mutating func setVisible(_ id: String, _ visible: Bool) {
        update(id) { $0.isVisible = visible }
        if !isOnButton, !fields[focus].isVisible { moveFocus(by: 1) }
    }

    /// Focuses the first field with a problem (after a refused submit).
    public mutating func focusFirstError() {
        if let index = fields.firstIndex(where: { $0.isVisible && $0.error != nil }) { focus = index }
    }

    /// Answers what the keymap read (in `keyScopes`).
    public mutating func handle(_ input: Input) -> Outcome {
        if picker != nil { return handlePicker(input) }
        if input == .command(.back) { return .cancel }
        let leaving = isOnButton ? nil : fields[focus].id
        switch input.command {
        case .nextField, .down:
            moveFocus(by: 1)
            return leaving.map(Outcome.left) ?? .none
        case .previousField, .up:
            moveFocus(by: -1)
            return leaving.map(Outcome.left) ?? .none
        case .select:
            if isOnButton { return .submit }
            if case .choice = fields[focus].kind {
                openPicker(query: "")
                return .none
            }
            moveFocus(by: 1)
            return leaving.map(Outcome.left) ?? .none
        default: break
        }
        guard !isOnButton else { return .none }
        let id = fields[focus].id
        switch fields[focus].kind {
        case .text(var textField):
            guard textField.edit(input) else { return .none }
            let changed = textField.text != (fields[focus].isText ? textOf(focus) : "")
            fields[focus].kind = .text(textField)
            if changed {
                isDirty = true
                return .changed(id)
            }
            return .none
        case .choice(let options):
            guard !options.isEmpty else { return .none }
            if case .text(let character) = input, fields[focus].isSearchable {
                // Typing on a searchable choice opens its list, narrowed to what was typed.
                openPicker(query: String(character))
                return .none
            }
            switch input.command {
            case .left: fields[focus].selected = (fields[focus].selected + options.count - 1) % options.count
            case .right: fields[focus].selected = (fields[focus].selected + 1) % options.count
            default: return .none
            }
            isDirty = true
            return .changed(id)
        }
    }

    private func textOf(_ index: Int) -> String {
        if case .text(let field) = fields[index].kind { return field.text }
        return ""
    }

    /// Opens the focused choice's list: with the chosen option in view (even far down a long list), or,
    /// for a typed query, narrowed to the matches with the best one selected.
    public mutating func openPicker(query: String) {
        guard !isOnButton else { return }
        let field = fields[focus]
        pickerQuery = query
        pickerItems = field.search?.matches(query) ?? Array(field.options.indices)
        let chosen = query.isEmpty ? (pickerItems.firstIndex(of: field.selected) ?? 0) : 0
        var list = ListState(selection: chosen)
        list.clamp(itemCount: pickerItems.count, visibleRows: pickerRows)
        picker = list
    }

    /// How many options the open list shows at once (fewer when fewer match).
    public var pickerRows: Int { max(1, min(pickerItems.count, pickerLimit)) }

    private mutating func handlePicker(_ input: Input) -> Outcome {
        guard var list = picker else { return .none }
        let count = pickerItems.count
        let rows = pickerRows
        switch input {
        case .text(let character) where fields[focus].isSearchable:
            openPicker(query: pickerQuery + String(character))
            return .none
        case .command(.deleteBackward) where fields[focus].isSearchable:
            openPicker(query: String(pickerQuery.dropLast()))
            return .none
        default: break
        }
        switch input.command {
        case .back:
            picker = nil
            pickerQuery = ""
            return .none
        case .select:
            guard pickerItems.indices.contains(list.selection) else { return .none }
            fields[focus].selected = pickerItems[list.selection]
            picker = nil
            pickerQuery = ""
            isDirty = true
            return .changed(fields[focus].id)
        case .up: list.moveUp(itemCount: count, visibleRows: rows)
        case .down: list.moveDown(itemCount: count, visibleRows: rows)
        case .pageUp: list.pageUp(itemCount: count, visibleRows: rows)
        case .pageDown: list.pageDown(itemCount: count, visibleRows: rows)
        case .first: list.home(itemCount: count, visibleRows: rows)
        case .last: list.end(itemCount: count, visibleRows: rows)
        default: break
        }
        picker = list
        return .none
    }

    private mutating func moveFocus(by step: Int) {
        var index = focus
        for _ in 0...fields.count {
            index = (index + step + fields.count + 1) % (fields.count + 1)
            if index == fields.count || fields[index].isVisible { break }
        }
        focus = index
    }

    /// How many options an open list shows at once on an 80x24 window (and the fewest on any).
    static let pickerRows = 10
    /// The label column's width.
    static let labelWidth = 16
}
