import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Balance screen: what it shows and where")
struct BalanceLayoutTests {
    @Test("The balance is written as plain text on the first row of the big digits, right of them")
    func amountBesideDigits() throws {
        for language in [Language.zhHans, .en] {
            for size in [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
                let driver = try BalanceDriver.balance(try BalanceFixture.demoData(), language: language, size: size)
                let lines = driver.screen().lines
                let row = try #require(lines.firstIndex { $0.contains("█") })
                let digitsEnd = try #require(lines[row].range(of: "█", options: .backwards))
                let amount = try #require(lines[row].range(of: "¥3,738.10"))
                #expect(amount.lowerBound > digitsEnd.upperBound)
                #expect(lines[row - 2].contains("2026-03-15"))
            }
        }
    }

    @Test("This year's credits, own spending and each relative's spending are on screen at 80x24")
    func yearFigures() throws {
        let driver = try BalanceDriver.balance(try BalanceFixture.manyNames(), language: .zhHans)
        let text = driver.screen().lines.joined(separator: "\n")
        #expect(text.contains("划入              ¥110.00"))
        #expect(text.contains("本人支出           ¥86.40"))
        for (name, amount) in [("Anna Li", "¥628.33"), ("欧阳建华", "¥428.33"), ("王桂兰", "¥228.33"), ("李丽", "¥28.33")] {
            #expect(driver.screen().lines.contains { $0.contains("为\(name)支付") && $0.hasSuffix(amount) })
        }
        // The ledger keeps at least three entries below its header.
        let context = driver.state.context(driver.environment)
        #expect(try #require(driver.balance).visibleRows(context) >= 3)
    }

    @Test("When relatives do not all fit, the ones who cost most get a line and the rest are summed")
    func relativesSummed() throws {
        let data = try BalanceFixture.manyNames()
        let driver = try BalanceDriver(
            data: data, environment: try BalanceFixture.environment(), language: .en, size: Size(columns: 80, rows: 24))
        let context = driver.state.context(driver.environment)
        // Three "paid for" rows: two relatives by name, one line for the other two.
        let area = Rect(x: 2, y: 2, width: 76, height: 14 + 3)
        #expect(BalanceBlock.relativeRows(area: area) == 3)
        let summary = BalanceBlock(person: data.owner, context: context, area: area)
        #expect(
            summary.yearLines.map(\.label) == [
                "Credited", "Own spending", "Paid for Anna Li", "Paid for 欧阳建华", "Paid for 2 others",
            ])
        #expect(summary.yearLines.last?.amount == "¥256.66")
    }

    @Test("Ledger columns line up whatever the width of the names: every amount ends in the same column")
    func columnsAligned() throws {
        for language in [Language.zhHans, .en] {
            let driver = try BalanceDriver.balance(
                try BalanceFixture.manyNames(), language: language, size: Size(columns: 120, rows: 40))
            let rows = driver.screen().lines.filter { ["2025-", "2026-"].contains(String($0.dropFirst(4).prefix(5))) }
            #expect(rows.count == 11)
            let amountEnds = Set(rows.map { DisplayWidth.of(String($0[..<$0.range(of: ".", options: [])!.upperBound])) + 2 })
            #expect(amountEnds.count == 1)
            let noteStarts = Set(
                rows.compactMap { row in row.range(of: "药店").map { DisplayWidth.of(String(row[..<$0.lowerBound])) } })
            #expect(noteStarts.count == 1)
        }
    }

    @Test("Kiosk mode masks every relative's name on the balance screen; the owner's stays readable")
    func kioskMasks() throws {
        for language in [Language.zhHans, .en] {
            let driver = try BalanceDriver.balance(try BalanceFixture.manyNames(), language: language, kiosk: true)
            let text = driver.screen().lines.joined(separator: "\n")
            for name in ["李丽", "王桂兰", "欧阳建华", "Anna Li"] {
                #expect(!text.contains(name))
            }
            for masked in ["李*", "王*兰", "欧阳**", "A******"] {
                #expect(text.contains(masked))
            }
            #expect(text.contains("张建国"))
        }
    }

    @Test("Nothing is cut off at 80x24: every drawn line ends inside the content area")
    func fitsAt80x24() throws {
        for data in [try BalanceFixture.demoData(), try BalanceFixture.manyNames(), try BalanceFixture.longLedger()] {
            for language in [Language.zhHans, .en] {
                let driver = try BalanceDriver.balance(data, language: language)
                for line in driver.screen().lines[2..<22] {
                    let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
                    #expect(DisplayWidth.of(trimmed) <= 78)
                    #expect(!line.contains("..."))
                }
            }
        }
    }
}
