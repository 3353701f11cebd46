import Testing

@testable import YibaoCore

@Suite("Reading typed amounts of money")
struct MoneyTests {
    @Test(
        "Everyday ways of writing an amount are read to the exact fen",
        arguments: [
            ("120", 12_000), ("120.5", 12_050), ("120.50", 12_050), ("¥1,234.56", 123_456),
            ("￥1234.56", 123_456), ("1234.56元", 123_456), ("1,234", 123_400), ("0", 0),
            ("  88.8  ", 8_880), ("0.01", 1), (".5", 50), ("5.", 500), ("007", 700),
            ("¥ 12", 1_200), ("12 元", 1_200), ("¥12元", 1_200), ("1,234,567.89", 123_456_789),
            ("\u{3000}15\u{3000}", 1_500), ("12。5", 1_250),
        ] as [(String, Int64)]
    )
    func readsEverydayAmounts(text: String, fen: Int64) throws {
        #expect(try Money.parse(text) == Money(fen: fen))
    }

    @Test("Full-width digits, dot and comma are read like ordinary ones")
    func readsFullWidth() throws {
        #expect(try Money.parse("１２０．５０") == Money(fen: 12_050))
        #expect(try Money.parse("１，２３４．５６") == Money(fen: 123_456))
        #expect(try Money.parse("￥９") == Money(fen: 900))
    }

    @Test("The maximum itself is accepted, one fen more is refused")
    func maximumBoundary() throws {
        #expect(try Money.parse("100000000") == Money.maximum)
        #expect(try Money.parse("¥100,000,000.00") == Money.maximum)
        #expect(throws: MoneyError.tooLarge) { try Money.parse("100000000.01") }
        #expect(throws: MoneyError.tooLarge) { try Money.parse("99999999999999999999999999") }
    }

    @Test(
        "Typing mistakes are refused with the matching reason",
        arguments: [
            ("", MoneyError.empty), ("   ", .empty),
            ("-5", .negative), ("−5", .negative), ("－5", .negative), ("(5)", .negative), ("（5）", .negative),
            ("¥-5", .negative), ("-¥5", .negative), ("-0", .negative),
            ("1.234", .tooManyDecimals), ("0.001", .tooManyDecimals),
            ("1,23", .misplacedComma), ("12,34.5", .misplacedComma), ("1234,567", .misplacedComma),
            (",123", .misplacedComma), ("1,", .misplacedComma), ("1.2,3", .misplacedComma),
            ("12a", .unexpectedCharacter("a")), ("abc", .unexpectedCharacter("a")),
            ("1 234", .unexpectedCharacter(" ")), ("$5", .unexpectedCharacter("$")),
            ("5块", .unexpectedCharacter("块")), ("+5", .unexpectedCharacter("+")),
            ("1.2.3", .twoDots), ("1..2", .twoDots),
            (".", .noDigits), ("¥", .noDigits), ("元", .noDigits), ("-", .noDigits), (",", .noDigits),
            ("¥¥5", .unexpectedCharacter("¥")),
        ] as [(String, MoneyError)]
    )
    func refusesMistakes(text: String, error: MoneyError) {
        #expect(throws: error) { try Money.parse(text) }
    }

    @Test("A minus sign in front of nonsense reports the nonsense, not the sign")
    func negativeNonsense() {
        #expect(throws: MoneyError.unexpectedCharacter("x")) { try Money.parse("-x") }
    }

    @Test("Every refusal says what is wrong in both languages, with an example of how to type it")
    func messagesAreHelpful() {
        let all: [MoneyError] = [
            .empty, .negative, .tooManyDecimals, .tooLarge, .misplacedComma, .unexpectedCharacter("a"), .twoDots,
            .noDigits,
        ]
        for error in all {
            #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
            #expect(error.message.zh.contains("例如") || error.message.zh.contains("最多"))
            #expect(error.message.en.contains("for example") || error.message.en.contains("the most"))
        }
        #expect(MoneyError.unexpectedCharacter(" ").message.zh.contains("空格"))
        #expect(MoneyError.unexpectedCharacter("a").message.en.contains("“a”"))
        #expect(MoneyError.tooLarge.message.zh.contains("¥100,000,000.00"))
        #expect(Set(all.map(\.message)).count == all.count)
    }

    @Test("Parsing what Money prints gives the same amount back", arguments: [0, 1, 99, 100, 123_456, 10_000_000_000])
    func roundTrips(fen: Int64) throws {
        let money = Money(fen: fen)
        #expect(try Money.parse(money.formatted) == money)
        #expect(try Money.parse(money.plain) == money)
    }
}
