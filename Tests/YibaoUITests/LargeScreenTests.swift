import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// A large window (120x40, a kiosk screen) uses its room: the balance big digits are drawn twice as large
/// where they fit, and stay their usual size at 80x24.
@Suite("Large screens use the room")
struct LargeScreenTests {
    @Test("Big digits scale: twice as wide and twice as tall, the same shapes")
    func scaledGlyphs() {
        #expect(BigDigits.lines("1").count == 5)
        #expect(BigDigits.lines("1", scale: 2).count == 10)
        #expect(BigDigits.width(of: "¥3.5", scale: 2) == 2 * BigDigits.width(of: "¥3.5"))
        let small = BigDigits.lines("7", charset: .ascii)
        let large = BigDigits.lines("7", charset: .ascii, scale: 2)
        #expect(large[0] == String(small[0].flatMap { [$0, $0] }))
        #expect(large[1] == large[0])
    }

    @Test("The demo balance at 120x40 and 160x50 draws its digits twice as large; at 80x24 as before")
    func balanceDigitsGrow() throws {
        for (size, scale) in [(Size(columns: 80, rows: 24), 1), (Size(columns: 120, rows: 40), 2), (Size(columns: 160, rows: 50), 2)] {
            let driver = try BalanceDriver.balance(try BalanceFixture.demoData(), language: .en, size: size, kiosk: false, keys: [])
            let lines = driver.screen().lines
            let ink = lines.filter { $0.contains("█") }.count
            #expect(ink == 5 * scale, "at \(size.columns)x\(size.rows)")
        }
        let driver = try BalanceDriver.balance(try BalanceFixture.demoData(), language: .zhHans, size: Size(columns: 160, rows: 50), kiosk: false, keys: [])
        assertScreen(driver.screen(), named: "Balance-demo-large-zh-160x50")
    }
}
