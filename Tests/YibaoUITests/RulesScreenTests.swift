import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// The contents page and the rule reader: keys in, screens and scroll positions out.
@Suite("Rules screen")
struct RulesScreenTests {
    let environment: UIEnvironment

    init() throws { environment = try RulesFixture.environment() }

    func contentsState(language: Language = .zhHans) -> AppState {
        var state = RulesFixture.state(language: language)
        RulesFixture.press([.char("4")], &state, environment)
        return state
    }

    @Test("Home's 4 opens the contents, which lists the six topics and the questions, numbered")
    func homeOpensContents() throws {
        let state = contentsState()
        let screen = try #require(state.top as? RulesScreen)
        #expect(screen.topics == ["withdrawal", "transfer", "family-aid", "uses", "fraud", "glossary"])
        let text = RulesFixture.screenText(state, environment)
        for entry in ["[1] 提取规则", "[2] 转移接续", "[3] 家庭共济", "[4] 账户的用途", "[5] 违规与处罚", "[6] 名词解释", "[7] 哪些规定适用于我？"] {
            #expect(text.contains(entry), "missing \(entry)")
        }
        #expect(text.contains("> [1] 提取规则"))
    }

    @Test("A number key opens its topic at once")
    func numberKeyOpensTopic() throws {
        for (key, topic) in [("1", "withdrawal"), ("3", "family-aid"), ("5", "fraud"), ("6", "glossary")] {
            var state = contentsState()
            RulesFixture.press([.char(Character(key))], &state, environment)
            let reader = try #require(state.top as? RuleReaderScreen)
            #expect(reader.topic == topic)
            #expect(state.stack.count == 3)
        }
    }

    @Test("7 and W open the questions; 8 and 0 do nothing")
    func questionnaireEntry() {
        for key in ["7", "W", "w"] {
            var state = contentsState()
            RulesFixture.press([.char(Character(key))], &state, environment)
            #expect(state.top is QuestionnaireScreen, "key \(key)")
        }
        for key in ["8", "0"] {
            var state = contentsState()
            RulesFixture.press([.char(Character(key))], &state, environment)
            #expect(state.top is RulesScreen, "key \(key)")
        }
    }

    @Test("Arrows move the selection, wrapping at both ends, and Enter opens it")
    func arrowsAndEnter() throws {
        var state = contentsState()
        RulesFixture.press([.down, .down], &state, environment)
        #expect((state.top as? RulesScreen)?.selection == 2)
        #expect(RulesFixture.screenText(state, environment).contains("> [3] 家庭共济"))
        RulesFixture.press([.enter], &state, environment)
        #expect((state.top as? RuleReaderScreen)?.topic == "family-aid")

        var wrap = contentsState()
        RulesFixture.press([.up], &wrap, environment)
        #expect((wrap.top as? RulesScreen)?.selection == 6)
        RulesFixture.press([.down], &wrap, environment)
        #expect((wrap.top as? RulesScreen)?.selection == 0)
        RulesFixture.press([.end, .enter], &wrap, environment)
        #expect(wrap.top is QuestionnaireScreen)
    }

    @Test("Esc goes back one level each time: reader to contents to Home")
    func escapeGoesBack() {
        var state = contentsState()
        RulesFixture.press([.char("2")], &state, environment)
        #expect(state.top is RuleReaderScreen)
        RulesFixture.press([.escape], &state, environment)
        #expect(state.top is RulesScreen)
        RulesFixture.press([.escape], &state, environment)
        #expect(state.top is HomeScreen)
        #expect(state.stack.count == 1)
    }

    @Test("The reader scrolls by line and page and never past either end")
    func readerBounds() throws {
        var state = contentsState()
        RulesFixture.press([.char("1")], &state, environment)
        let context = state.context(environment)
        let screen = try #require(state.top as? RuleReaderScreen)
        let area = RuleReader.textArea(context.contentArea)
        let layout = ReaderLayout(screen.blocks(context), width: area.width, language: .zhHans, charset: .unicode)
        let maxTop = PagerState.maxTop(lineCount: layout.lines.count, visibleRows: area.height)
        #expect(area.height == 18)
        #expect(maxTop > 2 * area.height, "the withdrawal page is several pages long at 80x24")

        func top(_ state: AppState) throws -> Int {
            let reader = try #require(state.top as? RuleReaderScreen)
            return reader.reader.top(in: layout, visibleRows: area.height)
        }
        #expect(try top(state) == 0)
        RulesFixture.press([.up, .pageUp, .home], &state, environment)
        #expect(try top(state) == 0)
        RulesFixture.press([.down], &state, environment)
        #expect(try top(state) == 1)
        RulesFixture.press([.pageDown], &state, environment)
        #expect(try top(state) == 1 + 17)
        RulesFixture.press([.char(" ")], &state, environment)
        #expect(try top(state) == 1 + 34)
        RulesFixture.press([.pageUp], &state, environment)
        #expect(try top(state) == 1 + 17)
        RulesFixture.press([.end], &state, environment)
        #expect(try top(state) == maxTop)
        RulesFixture.press([.down, .pageDown, .char(" ")], &state, environment)
        #expect(try top(state) == maxTop)
        RulesFixture.press([.home], &state, environment)
        #expect(try top(state) == 0)
    }

    @Test("The position line says the page in words, and at the end the sources and the note are shown")
    func positionAndEnd() {
        var state = contentsState()
        RulesFixture.press([.char("1")], &state, environment)
        var rows = RulesFixture.rows(state, environment)
        #expect(rows[21].hasPrefix("  第 1/"))
        #expect(rows[21].contains("往下翻"))
        RulesFixture.press([.end], &state, environment)
        rows = RulesFixture.rows(state, environment)
        #expect(rows[21].contains("已经到最后"))
        let text = rows.joined(separator: "\n")
        #expect(text.contains("来源"))
        #expect(text.contains("以当地规定为准"))
        #expect(text.contains("以当地医保部门的规定为准"))
        #expect(text.contains("┌─ 以当地规定为准"))
    }

    @Test("The fraud page opens with the warning, marked in words and by the warning role")
    func fraudWarning() throws {
        var state = contentsState()
        RulesFixture.press([.char("5")], &state, environment)
        let buffer = render(state, environment: environment)
        let row = try #require(buffer.lines.firstIndex { $0.contains("[警告]") })
        #expect(buffer.lines[row].hasPrefix("  [警告] "))
        #expect(buffer[2, row].style == .warning)
        #expect(buffer.styleRuns.contains { $0.row == row && $0.firstColumn == 2 && $0.style == .warning })
    }

    @Test("A resize keeps the same words at the top of the reader, or in view when the page got shorter")
    func resizeKeepsPlace() throws {
        var state = contentsState()
        // Three pages down the withdrawal page: near its end, where 120x40 cannot put this block at the top.
        RulesFixture.press([.char("1"), .pageDown, .pageDown, .pageDown, .down], &state, environment)
        let reader = try #require(state.top as? RuleReaderScreen)
        let blocks = reader.blocks(state.context(environment))

        func layoutAndTop(_ size: Size) -> (layout: ReaderLayout, top: Int, rows: Int) {
            let area = RuleReader.textArea(contentArea(for: size))
            let layout = ReaderLayout(blocks, width: area.width, language: .zhHans, charset: .unicode)
            return (layout, reader.reader.top(in: layout, visibleRows: area.height), area.height)
        }
        let narrow = layoutAndTop(Size(columns: 80, rows: 24))
        let block = narrow.layout.block(containing: narrow.top)
        #expect(narrow.top == 52)

        // Wider, same height: the same block is at the top, though on another line.
        let wide = layoutAndTop(Size(columns: 120, rows: 24))
        #expect(wide.layout.block(containing: wide.top) == block)
        #expect(wide.top != narrow.top, "the same block starts on another line at another width")

        // Wider and taller: the page has fewer lines than the window needs to reach that block at the
        // top, so the reader shows the end, with that block in view.
        _ = update(&state, .resize(Size(columns: 120, rows: 40)), environment: environment)
        let big = layoutAndTop(Size(columns: 120, rows: 40))
        #expect(big.top == PagerState.maxTop(lineCount: big.layout.lines.count, visibleRows: big.rows))
        #expect(big.layout.starts[block] >= big.top && big.layout.starts[block] < big.top + big.rows)

        // At the end, it stays at the end.
        RulesFixture.press([.end], &state, environment)
        _ = update(&state, .resize(Size(columns: 80, rows: 24)), environment: environment)
        #expect(RulesFixture.rows(state, environment)[21].contains("已经到最后"))
    }

    @Test("W on the withdrawal page asks the questions; C goes back to the contents")
    func readerShortcuts() {
        var state = contentsState()
        RulesFixture.press([.char("1"), .char("w")], &state, environment)
        #expect(state.top is QuestionnaireScreen)
        RulesFixture.press([.escape], &state, environment)
        #expect(state.top is RuleReaderScreen)
        RulesFixture.press([.char("c")], &state, environment)
        #expect(state.top is RulesScreen)
    }

    @Test("Paging through any page never leaves a heading alone on the last row; it opens the next page")
    func noHeadingLeftAlone() throws {
        for language in [Language.zhHans, .en] {
            for key in ["1", "2", "3", "4", "5", "6"] {
                var state = contentsState(language: language)
                RulesFixture.press([.char(Character(key))], &state, environment)
                var previousLast = ""
                for _ in 0..<12 {
                    let buffer = render(state, environment: environment)
                    let last = buffer.lines[19]
                    let atEnd = buffer.lines[21].contains(language == .zhHans ? "已经到最后" : "the end")
                    if !atEnd && !last.trimmingCharacters(in: .whitespaces).isEmpty {
                        #expect(buffer[2, 19].style != .title, "\(key) \(language): heading on the last row: \(last)")
                    }
                    // What the last full row showed is seen again at the top of the next page.
                    if !previousLast.isEmpty, !atEnd { #expect(buffer.lines[2] == previousLast) }
                    if atEnd { break }
                    previousLast = buffer.lines[19]
                    RulesFixture.press([.pageDown], &state, environment)
                }
            }
        }
    }
}
