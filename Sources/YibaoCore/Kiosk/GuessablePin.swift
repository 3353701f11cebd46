/// Why a new PIN is refused as too easy to guess, said to the operator who is setting it.
///
/// A 4–6 digit PIN is only as strong as it is unpredictable: the ID number a visitor types gives away
/// the birth date, so a PIN made from it, a run, one repeated digit or one of the most common PINs is
/// refused for person PINs and for the operator's exit PIN alike (`KioskPin.guessable(for:)`).
public enum GuessablePin: UserFacingError, Equatable {
    /// Every digit the same (0000, 111111).
    case oneDigit
    /// Each digit one more, or one less, than the last (1234, 987654, 7890).
    case run
    /// One of the PINs people choose most often (1212, 2580, 520520, …).
    case common
    /// Taken from the person's birth date (YYMMDD, MMDD, YYMM, YYYY, DDMM, …), which the ID gives away.
    case birthDate
    /// Part of the person's ID number (its last 4–6 digits, or any other run of it).
    case partOfID

    public var message: LocalizedText {
        let lead = LocalizedText(zh: "这个密码太容易被猜到，没有保存：", en: "That PIN is too easy to guess, so it was not saved: ")
        let why: LocalizedText
        switch self {
        case .oneDigit:
            why = .init(zh: "所有数字都一样。", en: "every digit is the same.")
        case .run:
            why = .init(zh: "是一串连续的数字（如 1234、9876）。", en: "it is a run of digits (like 1234 or 9876).")
        case .common:
            why = .init(zh: "它是最常用的密码之一。", en: "it is one of the most common PINs.")
        case .birthDate:
            why = .init(
                zh: "它取自出生日期，而出生日期就写在身份证号里。", en: "it is taken from the birth date, which the ID number shows.")
        case .partOfID:
            why = .init(zh: "它是身份证号的一部分。", en: "it is part of the ID number.")
        }
        let advice = LocalizedText(
            zh: "请换一个与本人证件、日期都无关的 4 到 6 位数字。", en: " Please choose 4 to 6 digits unrelated to the person's ID or dates.")
        return .init(zh: lead.zh + why.zh + advice.zh, en: lead.en + why.en + advice.en)
    }
}

extension KioskPin {
    /// PINs chosen so often that trying them first is the obvious attack (beyond runs and repeated
    /// digits, which are refused by rule): keypad lines and crosses, pairs, years, and numbers that
    /// read as words in Chinese (520 "I love you", 1314 "for life", 168 "on the road to wealth").
    public static let commonPins: Set<String> = [
        "1212", "1122", "1313", "1010", "1001", "2000", "2001", "2002", "2020", "1004", "2580", "0852", "6969",
        "1357", "2468", "1379", "1397", "5201", "5211", "1314", "0520", "5200", "1688", "1668", "8888", "6688",
        "8866", "1818", "0101", "1100", "2323", "6666", "0007", "0123", "13579", "24680", "11111", "12121",
        "112233", "121212", "123123", "147258", "159753", "147369", "258369", "159357", "520520", "521521",
        "131420", "520131", "201314", "666888", "888666", "168168", "518518", "668899", "889988", "123321",
        "112211", "111222", "222111", "100200", "101010", "010101", "369369", "147147", "258258", "369258",
        "852456", "456852", "741852", "963852", "987987", "789789", "456456", "010203",
    ]

    /// Why this PIN would be easy to guess, or nil when it is not: one repeated digit, a run up or down,
    /// a common PIN, or (with `person`) a part of their ID number or of their birth date in any usual
    /// order. Used for person PINs (with their ID) and the operator's exit PIN (without).
    public func guessable(for person: ResidentID?) -> GuessablePin? {
        let values = digits.unicodeScalars.map { Int($0.value) - 0x30 }
        if Set(values).count == 1 { return .oneDigit }
        let steps = zip(values.dropFirst(), values).map { ($0 - $1 + 10) % 10 }
        if steps.allSatisfy({ $0 == 1 }) || steps.allSatisfy({ $0 == 9 }) { return .run }
        if KioskPin.commonPins.contains(digits) { return .common }
        guard let person else { return nil }
        if KioskPin.birthDateForms(person.birthDate).contains(where: { $0.contains(digits) }) {
            return .birthDate
        }
        if person.value.contains(digits) { return .partOfID }
        return nil
    }

    /// The birth date written as people write it: YYYYMMDD (and every part of it: YYMMDD, MMDD, YYMM,
    /// YYYY), DDMMYY, MMDDYY, DDMM, MMYY and YYDDMM.
    static func birthDateForms(_ date: CivilDate) -> [String] {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n % 100)" }
        let yyyy = String(date.year)
        let yy = two(date.year % 100)
        let mm = two(date.month)
        let dd = two(date.day)
        return [yyyy + mm + dd, dd + mm + yy, mm + dd + yy, dd + mm, mm + yy, yy + dd + mm, dd + mm + yyyy, mm + dd + yyyy]
    }
}
