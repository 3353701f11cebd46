/// A resident identity number (公民身份号码, GB 11643-1999) or one of the 18-character numbers built
/// the same way: the Hong Kong, Macau and Taiwan residence permits (81/82/83) and the 2023 foreign
/// permanent residence card (first digit 9). It can only be made valid.
public struct ResidentID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 18 characters, check character upper-case.
    public let value: String

    /// What kind of document the number belongs to.
    public enum Kind: String, Sendable, Codable {
        case citizen
        case hongKongMacauTaiwanPermit
        case foreignPermanentResident
    }

    public enum Sex: String, Sendable, Codable {
        case male, female
    }

    /// Validates `text` as of `today`: surrounding spaces are ignored, a lower-case `x` is accepted
    /// and stored as `X`, full-width digits are read as digits. Throws the first problem found.
    public init(_ text: String, today: CivilDate) throws(ResidentIDError) {
        if let value = try ResidentID.asciiValue(text, today: today) {
            self.value = value
            return
        }
        var chars: [Character] = []
        for ch in text where !ch.isWhitespace {
            chars.append(ResidentID.normalise(ch))
        }
        guard !chars.isEmpty else { throw .empty }
        guard chars.count == 18 else { throw .wrongLength(chars.count) }
        let body = chars[0..<17]
        guard body.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits }
        let last = chars[17]
        guard (last.isASCII && last.isNumber) || last == "X" else { throw .badCheckCharacter }
        let digits = body.map { Int(String($0))! }
        let expected = ResidentID.checkCharacter(for: digits)
        guard expected == last else { throw .checkDigitMismatch }
        let first = digits[0]
        let prefix = String(body.prefix(2))
        if first == 9 {
            // Foreign permanent residence card (2023): MOD 11-2 check, no province.
        } else {
            guard first >= 1 && first <= 8, Province(code: prefix) != nil else {
                throw .unknownRegion(prefix)
            }
        }
        let dateText = String(body[6..<14])
        guard let y = Int(dateText.prefix(4)), let m = Int(dateText.dropFirst(4).prefix(2)),
            let d = Int(dateText.suffix(2)), let birth = CivilDate(year: y, month: m, day: d),
            y >= 1870
        else { throw .invalidBirthDate }
        guard birth <= today else { throw .birthDateInFuture }
        value = String(chars)
    }

    /// The MOD 11-2 check character (ISO 7064) for 17 digits.
    public static func checkCharacter(for digits: [Int]) -> Character {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (d, w) in zip(digits, weights) { sum += d * w }
        return Array("10X98765432")[sum % 11]
    }

    static func normalise(_ ch: Character) -> Character {
        if ch == "x" || ch == "ｘ" || ch == "Ｘ" { return "X" }
        if let scalar = ch.unicodeScalars.first, ch.unicodeScalars.count == 1,
            (0xFF10...0xFF19).contains(scalar.value)
        {
            return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        }
        return ch
    }

    private var characters: [Character] { Array(value) }

    public var kind: Kind {
        switch value.prefix(2) {
        case "81", "82", "83": return .hongKongMacauTaiwanPermit
        default: return value.first == "9" ? .foreignPermanentResident : .citizen
        }
    }

    public var birthDate: CivilDate {
        let c = characters
        return CivilDate(
            year: Int(String(c[6..<10]))!, month: Int(String(c[10..<12]))!, day: Int(String(c[12..<14]))!)!
    }

    /// From the parity of the 17th character: odd is male, even is female.
    public var sex: Sex {
        Int(String(characters[16]))! % 2 == 1 ? .male : .female
    }

    /// The province of the address code; nil for the foreign permanent residence card.
    public var province: Province? {
        kind == .foreignPermanentResident ? nil : Province(code: String(value.prefix(2)))
    }

    /// The first six and last four characters, birth date hidden: `110105********002X`.
    public var masked: String {
        String(value.prefix(6)) + String(repeating: "*", count: 8) + String(value.suffix(4))
    }

    /// Stronger masking for public screens (kiosk): `110***********002X` shows only the first
    /// three and last four characters.
    public var stronglyMasked: String {
        String(value.prefix(3)) + String(repeating: "*", count: 11) + String(value.suffix(4))
    }

    public var description: String { masked }
    public static func < (a: ResidentID, b: ResidentID) -> Bool { a.value < b.value }
}

/// Why a typed identity number is not valid, in words a person can act on.
public enum ResidentIDError: UserFacingError, Equatable {
    case empty
    case wrongLength(Int)
    case notDigits
    case badCheckCharacter
    case checkDigitMismatch
    case unknownRegion(String)
    case invalidBirthDate
    case birthDateInFuture

    public var message: LocalizedText {
        switch self {
        case .empty:
            return .init(zh: "请输入身份证号码。", en: "Please type the ID number.")
        case .wrongLength(let n):
            return .init(
                zh: "身份证号码应为18位，现在是\(n)位。请核对。",
                en: "An ID number has 18 characters; this one has \(n). Please check it.")
        case .notDigits:
            return .init(
                zh: "前17位只能是数字。请核对。", en: "The first 17 characters must be digits. Please check.")
        case .badCheckCharacter:
            return .init(
                zh: "最后一位只能是数字或字母X。", en: "The last character must be a digit or the letter X.")
        case .checkDigitMismatch:
            return .init(
                zh: "校验位不对，可能有一位输错了。请逐位核对。",
                en: "The check digit does not match: one character is probably mistyped. Please check each one.")
        case .unknownRegion(let prefix):
            return .init(
                zh: "开头的\(prefix)不是已知的省份代码。请核对前两位。",
                en: "\(prefix) at the start is not a known province code. Please check the first two digits.")
        case .invalidBirthDate:
            return .init(
                zh: "第7到14位的出生日期不是真实日期。请核对。",
                en: "Characters 7 to 14 (the birth date) are not a real date. Please check them.")
        case .birthDateInFuture:
            return .init(
                zh: "出生日期在今天之后，不可能。请核对。",
                en: "The birth date is after today, which cannot be. Please check it.")
        }
    }
}
