import ScreenKit
import Testing

@Suite("Menu keys")
struct MenuKeyTests {
    @Test("Typing an entry's key finds it, ignoring case; unknown keys find nothing")
    func index() {
        let items = [MenuItem(key: "1", title: "余额"), MenuItem(key: "Q", title: "退出 Quit")]
        #expect(Menu.index(of: "1", in: items) == 0)
        #expect(Menu.index(of: "q", in: items) == 1)
        #expect(Menu.index(of: "9", in: items) == nil)
    }
}
