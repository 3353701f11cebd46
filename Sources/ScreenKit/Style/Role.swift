/// What a piece of the screen *means*; a `Theme` decides how each role looks.
///
/// Screens ask for roles, never for colours, so the same screen works in colour, in monochrome and
/// with `NO_COLOR`. Colour never carries meaning alone: callers add words or brackets as well.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case normal, title, selection, moving, error, hint, hintKey, amount, dim, border, warning, success, input
}
