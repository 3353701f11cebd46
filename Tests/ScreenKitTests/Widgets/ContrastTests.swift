import Foundation
import ScreenKit
import Testing

@Suite("Contrast as xterm draws each role, on dark and light terminals")
struct ContrastTests {
    static let themes: [(String, Theme)] = [("highContrast", .highContrast), ("monochrome", .monochrome)]
    static let backgrounds: [Contrast.Background] = [.dark, .light]

    @Test("The WCAG formula gives the known figures: black on white 21:1, bold black on xterm's yellow 2.35:1")
    func formula() {
        #expect(abs(Contrast.ratio(Contrast.RGB(0, 0, 0), Contrast.RGB(255, 255, 255)) - 21) < 0.001)
        // The selection bar before: bold black drawn as grey #7f7f7f on yellow #cdcd00.
        let before = Appearance(foreground: .black, background: .yellow, attributes: [.bold])
        #expect(Contrast.drawn(before, on: .dark).text == Contrast.RGB(0x7f, 0x7f, 0x7f))
        #expect(abs(Contrast.ratio(of: before, on: .dark) - 2.35) < 0.01)
        // The saved chip before: bold black on green, 1.86:1.
        let chip = Appearance(foreground: .black, background: .green, attributes: [.bold])
        #expect(abs(Contrast.ratio(of: chip, on: .light) - 1.86) < 0.01)
    }

    @Test("Every role of both themes reads at 4.5:1 or more on dark and light terminals")
    func everyRole() {
        for (name, theme) in Self.themes {
            for role in Role.allCases {
                for background in Self.backgrounds {
                    let appearance = theme.appearance(for: Style(role))
                    let ratio = Contrast.ratio(of: appearance, on: background)
                    #expect(ratio >= 4.5, "\(name).\(role) on \(background.name): \(ratio)")
                }
            }
        }
    }

    @Test("No dark text on a colour is bold (bold black is drawn grey), and no role is faint")
    func noBoldDarkText() {
        for (name, theme) in Self.themes {
            for (role, appearance) in theme.appearances {
                #expect(!appearance.attributes.contains(.dim), "\(name).\(role) is faint")
                guard appearance.background != nil || appearance.foreground != nil,
                    appearance.attributes.contains(.bold)
                else { continue }
                for background in Self.backgrounds {
                    let drawn = Contrast.drawn(appearance, on: background)
                    #expect(
                        drawn.text.luminance > drawn.background.luminance,
                        "\(name).\(role): bold dark text on a colour")
                }
            }
        }
    }

    @Test("Key chips stand apart from a white and from a black terminal background")
    func keyChipsShow() {
        for background in Self.backgrounds {
            let chip = Contrast.drawn(Theme.highContrast.appearance(for: .hintKey), on: background).background
            #expect(Contrast.ratio(chip, background.background) >= 3, "\(background.name)")
        }
    }

    /// The table's rows: theme, role, then for dark and light the colours drawn and the ratio.
    static func tableRows() -> [String] {
        var rows: [String] = []
        for (name, theme) in themes {
            for role in Role.allCases {
                let appearance = theme.appearance(for: Style(role))
                let cells = backgrounds.map { background -> String in
                    let drawn = Contrast.drawn(appearance, on: background)
                    let ratio = String(format: "%.1f", Contrast.ratio(of: appearance, on: background))
                    return "`\(drawn.text)` on `\(drawn.background)` | \(ratio)"
                }
                rows.append("| \(name) | \(role.rawValue) | \(cells[0]) | \(cells[1]) |")
            }
        }
        return rows
    }

    @Test("docs/contrast.md lists every role with the figures measured here")
    func documentedTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/contrast.md"), encoding: .utf8)
        for row in Self.tableRows() {
            #expect(doc.contains(row), "missing or different: \(row)")
        }
    }
}
