/// Where text sits in a wider space.
public enum Alignment: Hashable, Sendable {
    case leading, center, trailing
}
