extension Money {
    /// Reads an amount a person typed: `120`, `120.5`, `¥1,234.56`, `￥1234.56`, `1234.56元`, full-width
    /// digits, dot and comma, surrounding spaces. Refuses negative amounts, more than two decimals,
    /// misplaced grouping commas, other text and anything above `Money.maximum`, saying what is wrong.
    ///
    /// Works on characters and integers only: no floating point is involved at any step.
    public static func parse(_ text: String) throws(MoneyError) -> Money {
        var s = Substring(String(text.map(Money.normalise))).trimmingWhitespace()
        guard !s.isEmpty else { throw .empty }

        // Peel off signs, brackets and the yuan sign in whatever order they were typed: `-¥5`, `¥-5`, `(¥5)`.
        var negative = false
        var sawYuanSign = false
        var sawYuanWord = false
        while true {
            if s.first == "(" && s.last == ")" && s.count >= 2 {
                negative = true
                s = s.dropFirst().dropLast().trimmingWhitespace()
            } else if s.first == "-" {
                negative = true
                s = s.dropFirst().trimmingWhitespace()
            } else if s.first == "¥" && !sawYuanSign {
                sawYuanSign = true
                s = s.dropFirst().trimmingWhitespace()
            } else if s.last == "元" && !sawYuanWord {
                sawYuanWord = true
                s = s.dropLast().trimmingWhitespace()
            } else {
                break
            }
        }

        let value = try parseNumber(s)
        if negative { throw .negative }
        return value
    }

    /// The digits, grouping commas and decimal point of an amount, with sign and currency removed.
    private static func parseNumber(_ s: Substring) throws(MoneyError) -> Money {
        for ch in s where !(ch.isASCII && ch.isNumber) && ch != "," && ch != "." {
            throw .unexpectedCharacter(String(ch))
        }
        let pieces = s.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { throw .twoDots }
        let whole = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard whole.contains(where: \.isNumber) || fraction.contains(where: \.isNumber) else { throw .noDigits }
        guard !fraction.contains(",") else { throw .misplacedComma }

        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw .misplacedComma }
        }
        guard fraction.count <= 2 else { throw .tooManyDecimals }

        var fen: Int64 = 0
        for ch in whole where ch != "," {
            fen = fen * 10 + Int64(ch.asciiValue! - 48)
            // Stop before the number can overflow; anything above the maximum is refused anyway.
            if fen > Money.maximum.fen / 100 { throw .tooLarge }
        }
        var cents: Int64 = 0
        for ch in fraction { cents = cents * 10 + Int64(ch.asciiValue! - 48) }
        if fraction.count == 1 { cents *= 10 }
        let money = Money(fen: fen * 100 + cents)
        guard money <= Money.maximum else { throw .tooLarge }
        return money
    }

    /// Full-width digits, dot, comma, yuan sign, minus and brackets become their ordinary forms.
    private static func normalise(_ ch: Character) -> Character {
        switch ch {
        case "．", "。": return "."
        case "，": return ","
        case "￥": return "¥"
        case "−", "－", "–", "—": return "-"
        case "（": return "("
        case "）": return ")"
        default: break
        }
        if ch.unicodeScalars.count == 1, let scalar = ch.unicodeScalars.first, (0xFF10...0xFF19).contains(scalar.value)
        {
            return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        }
        return ch
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}

/// Why a typed amount of money cannot be read, in words that say how to type it.
public enum MoneyError: UserFacingError, Equatable {
    /// Nothing was typed.
    case empty
    /// A minus sign or brackets: amounts here are never negative.
    case negative
    /// More than two digits after the decimal point.
    case tooManyDecimals
    /// More than `Money.maximum`.
    case tooLarge
    /// Grouping commas not every three digits (`1,23`), or a comma after the decimal point.
    case misplacedComma
    /// A letter or sign that has no place in an amount (the character as typed).
    case unexpectedCharacter(String)
    /// More than one decimal point.
    case twoDots
    /// Only a dot or a yuan sign, no digits.
    case noDigits

    public var message: LocalizedText {
        switch self {
        case .empty:
            return .init(zh: "请输入金额，例如 120.50。", en: "Please type an amount, for example 120.50.")
        case .negative:
            return .init(
                zh: "金额不能是负数。请去掉负号或括号，只写数字，例如 120.50。",
                en: "The amount cannot be negative. Please leave out the minus sign or brackets, for example 120.50.")
        case .tooManyDecimals:
            return .init(
                zh: "金额只能精确到分，小数点后最多两位，例如 120.55。",
                en: "Amounts go down to the fen: at most two digits after the dot, for example 120.55.")
        case .tooLarge:
            return .init(
                zh: "金额太大了，最多 \(Money.maximum.formatted)。请核对是否多输了数字。",
                en: "The amount is too large; the most is \(Money.maximum.formatted). Please check for extra digits.")
        case .misplacedComma:
            return .init(
                zh: "逗号的位置不对。可以不写逗号，例如 1234.56；或每三位一个逗号，例如 1,234.56。",
                en: "A comma is in the wrong place. Leave commas out, for example 1234.56, or put one every "
                    + "three digits, for example 1,234.56.")
        case .unexpectedCharacter(let ch):
            let zhShown = ch.allSatisfy(\.isWhitespace) ? "空格" : "“\(ch)”"
            let enShown = ch.allSatisfy(\.isWhitespace) ? "a space" : "“\(ch)”"
            return .init(
                zh: "金额里有\(zhShown)。请只写数字和小数点，例如 120.50。",
                en: "The amount contains \(enShown). Please type only digits and a dot, for example 120.50.")
        case .twoDots:
            return .init(
                zh: "金额里只能有一个小数点，例如 120.50。",
                en: "An amount has only one decimal point, for example 120.50.")
        case .noDigits:
            return .init(
                zh: "没有看到数字。请输入金额，例如 120.50。",
                en: "There are no digits. Please type an amount, for example 120.50.")
        }
    }
}
