import ScreenKit
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test("Every role has an appearance in both themes")
    func complete() {
        for role in Role.allCases {
            #expect(Theme.highContrast.appearances[role] != nil, "\(role)")
            #expect(Theme.monochrome.appearances[role] != nil, "\(role)")
        }
    }

    @Test("Monochrome uses no colour and still distinguishes selection, moving and error")
    func monochrome() {
        let t = Theme.monochrome
        #expect(!t.usesColor)
        #expect(t.appearance(for: .selection).attributes.contains(.reverse))
        #expect(t.appearance(for: .moving) != t.appearance(for: .selection))
        #expect(t.appearance(for: .error).attributes == [.bold, .underline])
    }

    @Test("Coloured roles in the high-contrast theme also carry an attribute")
    func neverColourAlone() {
        for (role, appearance) in Theme.highContrast.appearances where appearance.hasColor {
            #expect(!appearance.attributes.isEmpty, "\(role)")
        }
    }

    @Test("A style's own attributes add to its role's")
    func styleAttributes() {
        let a = Theme.monochrome.appearance(for: Style(.amount, [.underline]))
        #expect(a.attributes == [.bold, .underline])
        #expect(!Theme.highContrast.withoutColor.usesColor)
    }
}
