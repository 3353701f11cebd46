import ScreenKit
import YibaoCore

/// The kiosk's sign-in form: the ID number (18 characters, digits and X) and the PIN (4–6 digits,
/// shown as stars), with the one problem to tell the person, if any.
public struct SignInForm: Hashable, Sendable {
    /// Which field has the caret.
    public enum Field: Hashable, Sendable { case id, pin }

    public var id = TextField(maxLength: 18)
    public var pin = TextField(maxLength: KioskPin.lengths.upperBound, isMasked: true)
    public var focus: Field = .id
    /// Shown under the fields: a wrong PIN, an ID that is not valid, a PIN too short.
    public var problem: LocalizedText?

    public init() {}

    /// What a key asks of the form.
    public enum Outcome: Equatable, Sendable {
        case none
        /// Esc: back to the welcome screen.
        case cancel
        /// Enter on a valid ID and PIN.
        case submit(ResidentID, KioskPin)
    }

    /// Types, moves between the fields or submits, as the keymap read the key (in the sign-in form's
    /// scopes, `kioskKeyScopes`). Only digits (and X in the ID) are accepted.
    public mutating func handle(_ input: Input, today: CivilDate) -> Outcome {
        switch input {
        case .command(.back):
            return .cancel
        case .command(.nextField), .command(.down):
            if focus == .id { return moveToPin(today: today) }
        case .command(.previousField), .command(.up):
            focus = .id
        case .command(.select):
            if focus == .id { return moveToPin(today: today) }
            return submit(today: today)
        case .command(.deleteBackward) where focus == .pin && pin.isEmpty:
            focus = .id
        case .text(let c):
            let accepted = focus == .id ? (c.isASCII && (c.isNumber || c == "x" || c == "X")) : (c.isASCII && c.isNumber)
            guard accepted else { return .none }
            problem = nil
            if focus == .id {
                id.insert(c == "x" ? "X" : c)
            } else {
                pin.insert(c)
            }
        case .command(.deleteBackward), .command(.deleteForward), .command(.left), .command(.right),
            .command(.first), .command(.last), .command(.clearField):
            problem = nil
            if focus == .id { id.edit(input) } else { pin.edit(input) }
        default:
            break
        }
        return .none
    }

    private mutating func moveToPin(today: CivilDate) -> Outcome {
        do {
            _ = try ResidentID(id.text, today: today)
            focus = .pin
            problem = nil
        } catch {
            problem = error.message
        }
        return .none
    }

    private mutating func submit(today: CivilDate) -> Outcome {
        let person: ResidentID
        do { person = try ResidentID(id.text, today: today) } catch {
            focus = .id
            problem = error.message
            return .none
        }
        do {
            return .submit(person, try KioskPin(pin.text))
        } catch {
            problem = error.message
            return .none
        }
    }
}
