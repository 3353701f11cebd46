/// A kiosk PIN a person typed: 4 to 6 digits, checked before anything else sees it.
///
/// It never prints its digits (`description` is a mask) and is not `Codable`, so it cannot slip into
/// a log, an audit row or a JSON file by accident. Only `PinHasher` reads `digits`.
public struct KioskPin: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The fewest and most digits a PIN may have.
    public static let lengths = 4...6

    /// The digits as ASCII, for hashing only.
    public let digits: String

    /// Reads a PIN: spaces around it are ignored and full-width digits (０–９) are read as digits.
    public init(_ text: String) throws(KioskPinError) {
        var digits = ""
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            switch scalar.value {
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19: digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            default: throw .notDigits
            }
        }
        guard !digits.isEmpty else { throw .empty }
        guard digits.count >= KioskPin.lengths.lowerBound else { throw .tooShort }
        guard digits.count <= KioskPin.lengths.upperBound else { throw .tooLong }
        self.digits = digits
    }

    public var description: String { "••••" }
    public var debugDescription: String { "KioskPin(••••)" }
}

/// Why a typed PIN was not accepted, said kindly in both languages.
public enum KioskPinError: UserFacingError, Equatable {
    case empty
    case notDigits
    case tooShort
    case tooLong

    public var message: LocalizedText {
        switch self {
        case .empty:
            return .init(zh: "请输入您的密码（4 到 6 位数字）。", en: "Please type your PIN (4 to 6 digits).")
        case .notDigits:
            return .init(
                zh: "密码只能是数字 0 到 9，请再输一次。", en: "A PIN is made of the digits 0 to 9 only. Please try again.")
        case .tooShort:
            return .init(
                zh: "密码太短了：需要 4 到 6 位数字。请再输一次。", en: "That PIN is too short: it needs 4 to 6 digits. Please try again.")
        case .tooLong:
            return .init(
                zh: "密码太长了：需要 4 到 6 位数字。请再输一次。", en: "That PIN is too long: it needs 4 to 6 digits. Please try again.")
        }
    }
}
