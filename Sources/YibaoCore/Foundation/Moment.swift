/// A point in time as seconds since 1970-01-01T00:00:00Z, passed in by the caller so the model never
/// reads a clock (tests inject any time they like).
public struct Moment: Hashable, Comparable, Sendable, Codable {
    /// Seconds since the Unix epoch (fractions allowed).
    public var seconds: Double

    public init(seconds: Double) {
        self.seconds = seconds
    }

    /// This moment moved by `seconds` (negative moves it back).
    public func adding(seconds delta: Double) -> Moment {
        Moment(seconds: seconds + delta)
    }

    /// Whole milliseconds since the epoch, the form the store keeps.
    public var milliseconds: Int64 {
        Int64((seconds * 1000).rounded(.down))
    }

    public init(milliseconds: Int64) {
        self.seconds = Double(milliseconds) / 1000
    }

    public static func < (a: Moment, b: Moment) -> Bool { a.seconds < b.seconds }
}
