/// An insured region (统筹区) as a 6-digit administrative area code (GB/T 2260), e.g. `110000`
/// (Beijing), `310000` (Shanghai), `440300` (Shenzhen), `330300` (Wenzhou).
public struct RegionCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let code: String

    /// Six ASCII digits whose first two name a known province; nil otherwise.
    public init?(_ text: String) {
        // Checked by bytes (six ASCII digits are six characters, each ASCII and a number): the region
        // list's 3,200 codes are read at every policy load (docs/performance.md, round six).
        func sixDigits(_ text: String) -> Bool {
            text.utf8.count == 6 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        let trimmed = sixDigits(text) ? text : text.trimmingCharacters(in: .whitespaces)
        guard sixDigits(trimmed), let province = Province(code: String(trimmed.prefix(2))), province.isMainland
        else { return nil }
        code = trimmed
    }

    /// The two-digit province part, e.g. `33` for 330300.
    public var provinceCode: String { String(code.prefix(2)) }
    /// The four-digit city part, e.g. `3303` for 330300.
    public var cityCode: String { String(code.prefix(4)) }
    public var province: Province { Province(code: provinceCode)! }

    public func sameProvince(as other: RegionCode) -> Bool { provinceCode == other.provinceCode }

    public var description: String { code }
    public static func < (a: RegionCode, b: RegionCode) -> Bool { a.code < b.code }
}

extension String {
    func trimmingCharacters(in set: CharacterSetLike) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

/// A tiny stand-in for Foundation's CharacterSet, so the model needs no Foundation.
public enum CharacterSetLike: Sendable {
    case whitespaces
    func contains(_ c: Character) -> Bool {
        switch self {
        case .whitespaces: return c.isWhitespace
        }
    }
}
