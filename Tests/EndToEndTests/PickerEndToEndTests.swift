import Foundation
import Testing
import TestSupport

/// The type-ahead pickers in a real terminal: a place found by its pinyin initials, a relation by one
/// Chinese character, as a person types them.
@Suite("Type-ahead pickers in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct PickerEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    @Test("typing wx in the region picker finds 无锡 (Wuxi); Enter chooses it and the quota is asked")
    func wuxiByInitials() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try JourneyEndToEndTests.openAddRelativeForm(tmux)
        try tmux.send("张建民", literal: true)
        try tmux.send("Tab")
        try tmux.send("110105195001020018", literal: true)
        try tmux.send("Tab")
        for _ in 0..<6 { try tmux.send("Right") }  // elder brother
        try tmux.waitFor("elder brother")
        try tmux.send("Tab")  // insurance
        try tmux.send("Tab")  // region
        try tmux.send("wx", literal: true)
        let list = try tmux.waitFor("Wuxi (Jiangsu) 320200")
        #expect(list.contains("Typed: wx_"))
        try tmux.send("Enter")
        let chosen = try tmux.waitFor { $0.contains("< Wuxi (Jiangsu) 320200") && !$0.contains("Typed:") }
        #expect(chosen.contains("Quota (yuan)"), "another province asks for a quota:\n\(chosen)")
    }

    @Test("typing 岳 in the relation picker finds 岳父 first; Enter chooses it and saving says why not, with where to go")
    func fatherInLawByOneCharacter() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["LANG": "zh_CN.UTF-8"])
        defer { tmux.kill() }
        try tmux.waitFor("亲属共济")
        try tmux.send("2")
        try tmux.waitFor("您为这些家人付款")
        try tmux.send("a")
        try tmux.waitFor("添加亲属")
        try tmux.send("刘岳父", literal: true)
        try tmux.send("Tab")
        try tmux.send("110102193803050018", literal: true)
        try tmux.send("Tab")
        try tmux.send("岳", literal: true)
        let list = try tmux.waitFor("已输入：岳_")
        #expect(list.contains("> 岳父"), "岳父 is not the first match:\n\(list)")
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("< 岳父 >") && !$0.contains("已输入") }
        for _ in 0..<3 { try tmux.send("Tab") }  // insurance, region, the button
        try tmux.send("Enter")
        let refused = try tmux.waitFor("还不能绑定")
        #expect(refused.contains("近亲属"))
        #expect(refused.contains("12393"))
    }
}

/// Small things that trip an older person, in a real terminal.
@Suite("Small things in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct SmallThingsEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    @Test("with TERM=vt100 (no alternate screen) names and balances do not stay on the terminal after quitting")
    func vt100LeavesNothing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["TERM": "vt100"])
        defer { tmux.kill() }
        let home = try tmux.waitFor("Payer order")
        #expect(home.contains("张建国"))
        try tmux.send("q")
        try tmux.waitFor("Leave Yibao now?")
        try tmux.send("y")
        let after = try tmux.waitFor("[exited:0]")
        #expect(!after.contains("张建国"), "the last screen stayed on the terminal:\n\(after)")
        #expect(!after.contains("Payer order"))
    }

    @Test("with LANG=C the language key is not offered, and L says why and keeps the screen in English")
    func langC() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.kill() }
        let home = try tmux.waitFor("Payer order")
        #expect(!home.contains("[L]"))
        try tmux.send("L")
        let said = try tmux.waitFor("cannot show Chinese")
        #expect(said.contains("Payer order"), "the screen did not stay in English:\n\(said)")
    }
}
