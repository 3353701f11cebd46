/// Display attributes a terminal can show without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let reverse = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)

    /// `bold+underline`: the names in a fixed order, for snapshots.
    public var names: [String] {
        var result: [String] = []
        if contains(.bold) { result.append("bold") }
        if contains(.reverse) { result.append("reverse") }
        if contains(.underline) { result.append("underline") }
        if contains(.dim) { result.append("dim") }
        return result
    }
}

/// How a cell should look: a semantic role plus any extra attributes the caller insists on.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style(.normal)
    public static let title = Style(.title)
    public static let selection = Style(.selection)
    public static let moving = Style(.moving)
    public static let error = Style(.error)
    public static let hint = Style(.hint)
    public static let hintKey = Style(.hintKey)
    public static let amount = Style(.amount)
    public static let dim = Style(.dim)
    public static let border = Style(.border)
    public static let warning = Style(.warning)
    public static let success = Style(.success)
    public static let input = Style(.input)

    /// The same role with more attributes.
    public func adding(_ extra: Attributes) -> Style {
        Style(role, attributes.union(extra))
    }

    /// `selection+bold`: role name, then attributes, as snapshots list it.
    public var description: String {
        ([role.rawValue] + attributes.names).joined(separator: "+")
    }
}
