import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Balance screen: keys, paging and effects")
struct BalanceScreenTests {
    @Test("Home's key 1 opens the owner's balance, which asks for the first page of the ledger and nothing else")
    func opensWithFirstPage() throws {
        let data = try BalanceFixture.demoData()
        let driver = try BalanceDriver.balance(data)
        let screen = try #require(driver.balance)
        #expect(screen.person == data.owner)
        #expect(driver.effects == [.loadLedger(account: data.owner, offset: 0, limit: LedgerWindow.defaultPageSize)])
        #expect(screen.count == 29)
        #expect(screen.window?.loadedCount == 29)
        #expect(screen.window?.entry(at: 0)?.kind == .relativeSpending)
        #expect(screen.window?.entry(at: 28)?.note == "期初余额 opening balance")
    }

    @Test("Moving inside a page that is already loaded asks for nothing more")
    func scrollingInsideLoadedPage() throws {
        let data = try BalanceFixture.demoData()
        let driver = try BalanceDriver.balance(data, keys: [.down, .down, .pageDown, .end, .up, .pageUp, .home])
        #expect(driver.pageRequests.count == 1)
        #expect(data.requests.count == 1)
    }

    @Test("Up and Down move one line, PgDn a page less one, End to the oldest and Home back to the newest")
    func movingTheSelection() throws {
        var driver = try BalanceDriver.balance(try BalanceFixture.demoData())
        let rows = try #require(driver.balance).visibleRows(driver.state.context(driver.environment))
        // 80x24: two rows fewer than before issue 18, for the honest-figures note above the ledger.
        #expect(rows == 7)
        driver.press(.down)
        driver.press(.down)
        #expect(driver.balance?.list.selection == 2)
        driver.press(.up)
        #expect(driver.balance?.list.selection == 1)
        driver.press(.pageDown)
        #expect(driver.balance?.list.selection == 1 + rows - 1)
        #expect(driver.balance?.list.offset == rows - 1)
        driver.press(.char(" "))
        #expect(driver.balance?.list.offset == 2 * (rows - 1))
        driver.press(.end)
        #expect(driver.balance?.list.selection == 28)
        #expect(driver.balance?.list.offset == 29 - rows)
        driver.press(.home)
        #expect(driver.balance?.list == ListState(selection: 0, offset: 0))
    }

    @Test("End of a 100,000-line ledger asks for the last page only and lets the first page go")
    func endOfLongLedger() throws {
        let data = try BalanceFixture.longLedger()
        let driver = try BalanceDriver.balance(data, keys: [.end])
        #expect(driver.pageRequests == [[0, 100], [99_900, 100]])
        let screen = try #require(driver.balance)
        #expect(screen.list.selection == 99_999)
        #expect(screen.window?.pages.keys.sorted() == [999])
        #expect(screen.window?.entry(at: 99_999)?.note == BalanceFixture.longLedgerNote(99_999))
        #expect(data.linesServed == 200)
    }

    @Test("Growing the window at the end of a long ledger asks for the rows that came into view, and shows them")
    func resizeLoadsRowsInView() throws {
        let data = try BalanceFixture.longLedger()
        var driver = try BalanceDriver.balance(data, size: Size(columns: 80, rows: 24), keys: [.end])
        #expect(driver.pageRequests == [[0, 100], [99_900, 100]])
        driver.send(.resize(Size(columns: 120, rows: 150)))
        let screen = try #require(driver.balance)
        #expect(screen.list.selection == 99_999)
        // Rows of the page before the last are on screen now: that page is read, not left "loading".
        #expect(driver.pageRequests.last == [99_800, 100])
        let text = driver.screen().lines.joined(separator: "\n")
        #expect(text.contains(BalanceFixture.longLedgerNote(99_999)))
        #expect(text.contains(BalanceFixture.longLedgerNote(99_899)))
    }

    @Test("Paging down through 100,000 lines asks for each page once, in order, and holds at most four pages")
    func pagingDownHoldsFewPages() throws {
        let data = try BalanceFixture.longLedger()
        var driver = try BalanceDriver.balance(data)
        var mostHeld = 0
        for _ in 0..<300 {
            driver.press(.pageDown)
            mostHeld = max(mostHeld, driver.balance?.window?.loadedCount ?? 0)
        }
        let requests = driver.pageRequests
        #expect(requests.allSatisfy { $0[1] == 100 })
        #expect(requests.map { $0[0] } == Array(stride(from: 0, to: requests.count * 100, by: 100)))
        let screen = try #require(driver.balance)
        // Every page up to the one just past the rows shown has been read, and no other.
        let lastShown = screen.list.offset + screen.visibleRows(driver.state.context(driver.environment)) - 1
        #expect(requests.count <= lastShown / 100 + 2)
        #expect(requests.count >= lastShown / 100 + 1)
        #expect(mostHeld <= 4 * 100)
        #expect(data.linesServed == requests.count * 100)
    }

    @Test("The same keys cost the same pages whether the ledger has 100,000 lines or 10,000,000")
    func workDoesNotGrowWithLedger() throws {
        let keys: [Key] = Array(repeating: .pageDown, count: 40) + [.end] + Array(repeating: .pageUp, count: 40) + [
            .home, .down,
        ]
        var served: [Int] = []
        var requested: [Int] = []
        var held: [Int] = []
        for count in [100_000, 10_000_000] {
            let data = try BalanceFixture.longLedger(count: count)
            var driver = try BalanceDriver.balance(data)
            var mostHeld = 0
            for key in keys {
                driver.press(key)
                mostHeld = max(mostHeld, driver.balance?.window?.loadedCount ?? 0)
            }
            served.append(data.linesServed)
            requested.append(driver.pageRequests.count)
            held.append(mostHeld)
            #expect(driver.balance?.list.selection == 1)
        }
        #expect(served[0] == served[1])
        #expect(requested[0] == requested[1])
        #expect(held[0] == held[1])
        #expect(held[0] <= 4 * 100)
    }

    @Test("A page for another account is ignored")
    func otherAccountPageIgnored() throws {
        let data = try BalanceFixture.demoData()
        var driver = try BalanceDriver.balance(data)
        let other = try #require(data.household.persons.values.first { !$0.isOwner && $0.hasPersonalAccount })
        let before = driver.balance?.window
        driver.send(
            .ledgerLoaded(
                account: other.id, offset: 0,
                entries: [LedgerEntry(account: other.id, date: BalanceFixture.today, kind: .credit, amount: Money(fen: 1))]))
        #expect(driver.balance?.window == before)
    }

    @Test("After a reload with more ledger lines the pages are read again, at once, without a key")
    func reloadWithNewCount() throws {
        let data = try BalanceFixture.demoData()
        var driver = try BalanceDriver.balance(data)
        var snapshot = try data.snapshot(asOf: BalanceFixture.today)
        snapshot.ledgerCounts[data.owner] = 30
        driver.send(.loaded(snapshot))
        #expect(driver.balance?.count == 30)
        // The loaded pages were dropped (every row moved) and the visible page asked for again.
        #expect(driver.pageRequests == [[0, 100], [0, 100]])
        driver.press(.down)
        #expect(driver.pageRequests == [[0, 100], [0, 100]])
    }

    @Test("Esc goes back to Home")
    func escapeGoesBack() throws {
        let driver = try BalanceDriver.balance(try BalanceFixture.demoData(), keys: [.escape])
        #expect(driver.state.top is HomeScreen)
    }

    @Test("A person in resident insurance gets no ledger, asks for nothing, and has no scrolling hints")
    func residentHasNoAccount() throws {
        let data = try BalanceFixture.demoData()
        var driver = try BalanceDriver(
            data: data, environment: try BalanceFixture.environment(), language: .zhHans,
            size: Size(columns: 80, rows: 24))
        let mother = try #require(data.household.persons.values.first { $0.scheme == .resident })
        driver.push(BalanceScreen(context: driver.state.context(driver.environment), person: mother.id))
        let screen = try #require(driver.balance)
        #expect(screen.window == nil)
        #expect(driver.effects.isEmpty)
        let context = driver.state.context(driver.environment)
        #expect(screen.hints(context).isEmpty)
        #expect(screen.statusLine(context) == nil)
        driver.press(.pageDown)
        #expect(driver.effects.isEmpty)
    }

    @Test("Home and End are on the hint bar when they fit with Esc, help and the language; otherwise said in words")
    func hintsFitTheBar() throws {
        for language in [Language.zhHans, .en] {
            let narrow = try BalanceDriver.balance(try BalanceFixture.demoData(), language: language)
            let context = narrow.state.context(narrow.environment)
            // The owner's own balance also offers A, "Record" (the months' estimated credits, one's record).
            #expect(try #require(narrow.balance).hints(context) == [.record, .pageDown, .pageUp])
            let bar = narrow.screen().lines[23]
            #expect(bar.contains("[?/F1]"))
            #expect(bar.contains("[L]"))
            #expect(narrow.screen().lines[22].contains("Home"))

            let wide = try BalanceDriver.balance(
                try BalanceFixture.demoData(), language: language, size: Size(columns: 120, rows: 40))
            let wideContext = wide.state.context(wide.environment)
            #expect(try #require(wide.balance).hints(wideContext) == [.record, .pageDown, .pageUp, .first, .last])
            #expect(wide.screen().lines[39].contains("[End]"))
            #expect(wide.screen().lines[39].contains("[L]"))
        }
    }

    @Test("The status line says which lines are shown, of how many, with thousands grouped")
    func statusLineCounts() throws {
        let driver = try BalanceDriver.balance(try BalanceFixture.longLedger(), language: .en, keys: [.end])
        let context = driver.state.context(driver.environment)
        let screen = try #require(driver.balance)
        let status = try #require(screen.statusLine(context))
        #expect(status.text.en.hasPrefix("Entries 99,992-100,000 of 100,000"))
    }
}

@Suite("LedgerWindow: a few pages of a long ledger")
struct BalanceLedgerWindowTests {
    let account: ResidentID

    init() throws { account = try BalanceFixture.id("11010519560310001") }

    func page(_ number: Int, size: Int = 10) -> [LedgerEntry] {
        (0..<size).map {
            LedgerEntry(
                account: account, date: BalanceFixture.today, kind: .credit, amount: Money(fen: 1),
                note: "\(number * size + $0)")
        }
    }

    @Test("Asks for the pages of the rows shown and a screenful beyond, once each")
    func requestsOnce() {
        var window = LedgerWindow(account: account, pageSize: 10)
        #expect(
            window.request(5..<12, count: 1_000) == [
                .loadLedger(account: account, offset: 0, limit: 10), .loadLedger(account: account, offset: 10, limit: 10),
            ])
        #expect(window.request(5..<12, count: 1_000).isEmpty)
        #expect(window.requested == [0, 1])
        #expect(window.request(0..<5, count: 0).isEmpty)
    }

    @Test("Keeps what arrives, looks rows up by number, and drops pages far from the rows shown")
    func receivesAndEvicts() {
        var window = LedgerWindow(account: account, pageSize: 10)
        _ = window.request(0..<5, count: 1_000)
        window.receive(offset: 0, entries: page(0), showing: 0..<5, count: 1_000)
        #expect(window.entry(at: 7)?.note == "7")
        #expect(window.entry(at: 17) == nil)
        #expect(window.covers(0..<5, count: 1_000))
        #expect(!window.covers(0..<15, count: 1_000))
        window.receive(offset: 500, entries: page(50), showing: 500..<505, count: 1_000)
        #expect(window.pages.keys.sorted() == [50])
        #expect(window.requested.isEmpty)
        #expect(window.entry(at: 503)?.note == "503")
        window.receive(offset: 7, entries: page(0), showing: 500..<505, count: 1_000)
        #expect(window.pages.keys.sorted() == [50])
        window.reset()
        #expect(window.loadedCount == 0)
    }
}
