extension ResidentID {
    /// The usual case read byte by byte: exactly 18 ASCII characters, 17 digits and a digit, `x` or
    /// `X`. Returns the value (check character upper-case) after the same checks, in the same order,
    /// as `init(_:today:)`, throwing the same errors; nil for any other text, which `init` reads
    /// Character by Character as before. The store reads every saved number back through `init`: by
    /// Characters that was ~65,000 instructions a number, 20 million for a household of 50 relatives.
    static func asciiValue(_ text: String, today: CivilDate) throws(ResidentIDError) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 18 else { return nil }
        var digits: [Int] = []
        digits.reserveCapacity(17)
        for byte in bytes[0..<17] {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        var last = bytes[17]
        if last == UInt8(ascii: "x") { last = UInt8(ascii: "X") }
        guard (last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")) || last == UInt8(ascii: "X") else { return nil }
        guard checkCharacter(for: digits) == Character(Unicode.Scalar(last)) else { throw .checkDigitMismatch }
        if digits[0] != 9 {
            let prefix = String(decoding: bytes[0..<2], as: UTF8.self)
            guard digits[0] >= 1 && digits[0] <= 8, Province(code: prefix) != nil else { throw .unknownRegion(prefix) }
        }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        let year = number(6..<10)
        guard let birth = CivilDate(year: year, month: number(10..<12), day: number(12..<14)), year >= 1870 else {
            throw .invalidBirthDate
        }
        guard birth <= today else { throw .birthDateInFuture }
        var value = bytes
        value[17] = last
        return String(decoding: value, as: UTF8.self)
    }
}
