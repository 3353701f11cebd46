import ScreenKit
import YibaoCore

/// A form on a relative's entry (edit, death, premium, their balance): one `FormState`, an intro line
/// above it, "Check and save" leading to `submit`, and one change request whose answer pops the form
/// with a status line or says why it was not saved. The four screens give only what differs.
public protocol LifeFormScreen: ScreenState {
    var form: FormState { get set }
    /// The line above the form.
    func intro(_ context: ScreenContext) -> LocalizedText
    /// Checks the form and asks to confirm the change (or marks the fields that are wrong).
    mutating func submit(_ context: ScreenContext) -> [Action]
    /// Whether `request` (undated) is the one this form asked for.
    func asked(_ request: ChangeRequest) -> Bool
    /// What the status line says once `request` was saved.
    func saved(_ request: ChangeRequest, _ outcome: ChangeOutcome, context: ScreenContext) -> LocalizedText
}

extension LifeFormScreen {
    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { form.keyScopes }

    public func hints(_ context: ScreenContext) -> [Command] {
        form.picker != nil ? [.up, .select] : [.nextField, .previousField, .select]
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        switch form.handleOnScreen(input, context: context) {
        case .cancel: return [.pop]
        case .submit: return submit(context)
        default: return []
        }
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        switch event {
        case .applied(let request, let outcome):
            guard asked(request.undated) else { return [] }
            return [.pop, .status(StatusLine(saved(request.undated, outcome, context: context), kind: .success))]
        case .refused(let request, let message):
            guard asked(request.undated) else { return [] }
            return [.message(title: .init(zh: "没有保存", en: "Not saved"), message: message, isError: true)]
        default:
            return []
        }
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        buffer.put(context.text(intro(context)), x: area.x, y: area.y, maxWidth: area.width)
        form.render(in: form.area(belowIntroIn: area), into: &buffer, context: context)
    }
}
