/// An amount of money in integer fen (分, 1/100 yuan). Never a floating-point number.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    /// The largest amount Yibao accepts anywhere: ¥100,000,000.00. Anything larger is a typo.
    public static let maximum = Money(fen: 10_000_000_000)

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static prefix func - (a: Money) -> Money { Money(fen: -a.fen) }
    public static func += (a: inout Money, b: Money) { a.fen += b.fen }
    public static func -= (a: inout Money, b: Money) { a.fen -= b.fen }

    /// `¥1,234.56` (negative: `-¥1,234.56`).
    public var formatted: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let yuan = String(magnitude / 100)
        let cents = magnitude % 100
        var grouped = ""
        for (i, ch) in yuan.enumerated() {
            if i > 0 && (yuan.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return "\(sign)¥\(grouped).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// `1234.56`: plain decimal yuan, for JSON and command-line output.
    public var plain: String {
        let sign = fen < 0 ? "-" : ""
        let cents = fen.magnitude % 100
        return "\(sign)\(fen.magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public var description: String { formatted }
}
