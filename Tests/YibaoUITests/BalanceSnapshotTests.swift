import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// Text snapshots of every state of the balance screen, in both languages, at 80x24 and 120x40.
@Suite("Balance screen: snapshots")
struct BalanceSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]
    static let languages: [(Language, String)] = [(.zhHans, "zh"), (.en, "en")]

    /// Renders the balance screen of `data` after `keys` in every language and size.
    func snapshotAll(
        _ name: String, data: () throws -> BalanceMemoryData, kiosk: Bool = false, keys: [Key] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (language, tag) in Self.languages {
            for size in Self.sizes {
                let driver = try BalanceDriver.balance(try data(), language: language, size: size, kiosk: kiosk, keys: keys)
                assertScreen(
                    driver.screen(), named: "Balance-\(name)-\(tag)-\(size.columns)x\(size.rows)",
                    sourceLocation: sourceLocation)
                expectNarrowSafe(
                    driver.state, environment: driver.environment, "Balance-\(name)-\(tag)-\(size)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test("The demo owner's balance, as it opens")
    func demo() throws {
        try snapshotAll("demo", data: BalanceFixture.demoData)
    }

    @Test("The demo ledger scrolled a page down")
    func demoPagedDown() throws {
        try snapshotAll("demo-paged", data: BalanceFixture.demoData, keys: [.pageDown, .down])
    }

    @Test("The demo ledger at its oldest entry")
    func demoEnd() throws {
        try snapshotAll("demo-end", data: BalanceFixture.demoData, keys: [.end])
    }

    @Test("Chinese names of two, three and four characters line up in the ledger and the year block")
    func manyNames() throws {
        try snapshotAll("names", data: BalanceFixture.manyNames)
    }

    @Test("In kiosk mode relatives' names are masked everywhere; the owner's is not")
    func kiosk() throws {
        try snapshotAll("names-kiosk", data: BalanceFixture.manyNames, kiosk: true)
    }

    @Test("A 100,000-line ledger in the middle, thousands grouped in the status line")
    func longLedger() throws {
        try snapshotAll("long", data: { try BalanceFixture.longLedger() }, keys: Array(repeating: .pageDown, count: 12))
    }

    @Test("Rows whose page has not arrived yet say they are being read")
    func loading() throws {
        for (language, tag) in Self.languages {
            for size in Self.sizes {
                var driver = try BalanceDriver(
                    data: try BalanceFixture.demoData(), environment: try BalanceFixture.environment(),
                    language: language, size: size)
                let context = driver.state.context(driver.environment)
                // Put the screen on the stack without running onAppear: no page has been asked for.
                driver.state.stack.append(BalanceScreen(context: context))
                assertScreen(driver.screen(), named: "Balance-loading-\(tag)-\(size.columns)x\(size.rows)")
                expectNarrowSafe(driver.state, environment: driver.environment, "Balance-loading-\(tag)-\(size)")
            }
        }
    }

    @Test("With no owner set up there is no account to show, and the screen says so")
    func noOwner() throws {
        for (language, tag) in Self.languages {
            for size in Self.sizes {
                var driver = try BalanceDriver(
                    data: try BalanceFixture.demoData(), environment: try BalanceFixture.environment(),
                    language: language, size: size)
                driver.push(BalanceScreen(context: driver.state.context(driver.environment), person: nil))
                #expect(driver.effects.isEmpty)
                assertScreen(driver.screen(), named: "Balance-no-owner-\(tag)-\(size.columns)x\(size.rows)")
                expectNarrowSafe(driver.state, environment: driver.environment, "Balance-no-owner-\(tag)-\(size)")
            }
        }
    }

    @Test("An account with no ledger lines yet says so")
    func emptyLedger() throws {
        try snapshotAll("empty", data: BalanceFixture.emptyLedger)
    }

    @Test("A relative in resident insurance: no personal account, and who can pay for them")
    func resident() throws {
        for (language, tag) in Self.languages {
            for size in Self.sizes {
                for kiosk in [false, true] {
                    let data = try BalanceFixture.demoData()
                    var driver = try BalanceDriver(
                        data: data, environment: try BalanceFixture.environment(kiosk: kiosk), language: language,
                        size: size)
                    let mother = try #require(data.household.persons.values.first { $0.scheme == .resident })
                    driver.push(BalanceScreen(context: driver.state.context(driver.environment), person: mother.id))
                    let name = kiosk ? "resident-kiosk" : "resident"
                    assertScreen(driver.screen(), named: "Balance-\(name)-\(tag)-\(size.columns)x\(size.rows)")
                    expectNarrowSafe(driver.state, environment: driver.environment, "Balance-\(name)-\(tag)-\(size)")
                }
            }
        }
    }

    @Test("The ASCII character set draws the digits, list and bars with plain characters")
    func ascii() throws {
        for (language, tag) in Self.languages {
            let driver = try BalanceDriver.balance(
                try BalanceFixture.demoData(), language: language, charset: .ascii, keys: [.down])
            let screen = driver.screen()
            assertScreen(screen, named: "Balance-ascii-\(tag)-80x24")
            expectNarrowSafe(screen, "Balance-ascii-\(tag)-80x24")
            // Names, notes and the yen sign come from the data; everything the screen draws itself is ASCII.
            let drawn = screen.lines.joined().filter { !$0.isASCII && $0 != "¥" }
            #expect(!drawn.contains("█"))
            if language == .en {
                #expect(drawn.allSatisfy { "张建国王桂兰门诊月度划入社区医院同仁堂药店中文".contains($0) })
            }
        }
    }

    @Test("The help screen for the balance explains the words and the keys")
    func help() throws {
        for (language, tag) in Self.languages {
            for size in Self.sizes {
                let driver = try BalanceDriver.balance(
                    try BalanceFixture.demoData(), language: language, size: size, keys: [.char("?")])
                assertScreen(driver.screen(), named: "Balance-help-\(tag)-\(size.columns)x\(size.rows)")
                expectNarrowSafe(driver.state, environment: driver.environment, "Balance-help-\(tag)-\(size)")
            }
        }
    }
}
