import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

/// Text snapshots of every state of the rules screens, in both languages, at 80x24 and 120x40, and
/// the main ones in the ASCII character set.
@Suite("Rules screen snapshots")
struct RulesSnapshotTests {
    /// A state of the rules screens: its name, and the keys that reach it from Home.
    struct Scene: CustomTestStringConvertible, Sendable {
        var name: String
        var keys: [Key]
        var testDescription: String { name }
    }

    static let no = Key.char("n")
    static let yes = Key.char("y")

    static let scenes: [Scene] = [
        Scene(name: "contents", keys: [.char("4")]),
        Scene(name: "contents-questions-selected", keys: [.char("4"), .up]),
        Scene(name: "reader-top", keys: [.char("4"), .char("1")]),
        Scene(name: "reader-scrolled", keys: [.char("4"), .char("1"), .pageDown]),
        Scene(name: "reader-end", keys: [.char("4"), .char("1"), .end]),
        Scene(name: "fraud", keys: [.char("4"), .char("5")]),
        Scene(name: "family-aid-local-rules", keys: [.char("4"), .char("3"), .end] + Array(repeating: .up, count: 12)),
        Scene(name: "q1-deceased", keys: [.char("4"), .char("7")]),
        Scene(name: "q2-moving-for-work", keys: [.char("4"), .char("7"), no]),
        Scene(name: "q3-same-province", keys: [.char("4"), .char("7"), no, yes]),
        Scene(name: "q3-leaving-employee-insurance", keys: [.char("4"), .char("7"), no, no]),
        Scene(name: "q4-moved-other-province", keys: [.char("4"), .char("7"), no, no, yes]),
        Scene(name: "q4-retired-relocated", keys: [.char("4"), .char("7"), no, no, no]),
        Scene(name: "q5-settling-abroad", keys: [.char("4"), .char("7"), no, no, no, no]),
        Scene(name: "result-abroad", keys: [.char("4"), .char("7"), no, no, no, no, yes]),
        Scene(name: "result-abroad-end", keys: [.char("4"), .char("7"), no, no, no, no, yes, .end]),
        Scene(name: "result-within-guangdong", keys: [.char("4"), .char("7"), no, yes, yes]),
        Scene(name: "result-not-allowed", keys: [.char("4"), .char("7"), no, no, no, no, no]),
        Scene(name: "result-not-allowed-end", keys: [.char("4"), .char("7"), no, no, no, no, no, .end]),
        Scene(name: "result-dont-know", keys: [.char("4"), .char("7"), no, .char("k")]),
    ]

    static let asciiScenes = ["contents", "reader-end", "fraud", "q1-deceased", "result-not-allowed-end"]

    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    func buffer(_ scene: Scene, language: Language, size: Size, charset: Charset = .unicode) throws -> ScreenBuffer {
        let environment = try RulesFixture.environment(charset: charset)
        var state = RulesFixture.state(language: language, size: size)
        RulesFixture.press(scene.keys, &state, environment)
        return render(state, environment: environment)
    }

    static func fileName(_ scene: Scene, _ language: Language, _ size: Size, ascii: Bool = false) -> String {
        let lang = language == .zhHans ? "zh" : "en"
        return "rules-\(scene.name)-\(lang)-\(size.columns)x\(size.rows)" + (ascii ? "-ascii" : "")
    }

    @Test("Every rules state looks right in both languages at 80x24 and 120x40", arguments: scenes)
    func snapshot(_ scene: Scene) throws {
        for language in [Language.zhHans, .en] {
            for size in RulesSnapshotTests.sizes {
                let buffer = try buffer(scene, language: language, size: size)
                assertScreen(buffer, named: RulesSnapshotTests.fileName(scene, language, size))
                let narrow = try self.buffer(scene, language: language, size: size, charset: .ascii)
                expectNarrowSafe(narrow, RulesSnapshotTests.fileName(scene, language, size, ascii: true))
            }
        }
    }

    @Test("Every rules state says on the bottom row, at 80x24 in both languages, how to go back and get help")
    func hintBarKeepsBackAndHelp() throws {
        for scene in RulesSnapshotTests.scenes {
            for language in [Language.zhHans, .en] {
                let rows = try buffer(scene, language: language, size: Size(columns: 80, rows: 24)).lines
                #expect(rows[23].hasPrefix("[Esc] "), "\(scene.name) \(language)")
                #expect(rows[23].contains("[?/F1] "), "\(scene.name) \(language): help fell off the hint bar")
            }
        }
    }

    @Test("The main rules states use only ASCII in the ASCII character set", arguments: asciiScenes)
    func asciiSnapshot(_ name: String) throws {
        let scene = try #require(RulesSnapshotTests.scenes.first { $0.name == name })
        for language in [Language.zhHans, .en] {
            let size = Size(columns: 80, rows: 24)
            let buffer = try buffer(scene, language: language, size: size, charset: .ascii)
            for glyph in ["┌", "─", "│", "└", "┐", "┘"] {
                #expect(!buffer.text.contains(glyph), "\(name): box glyph \(glyph) in the ASCII charset")
            }
            assertScreen(buffer, named: RulesSnapshotTests.fileName(scene, language, size, ascii: true))
            expectNarrowSafe(buffer, RulesSnapshotTests.fileName(scene, language, size, ascii: true))
        }
    }
}
