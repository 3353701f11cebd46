import Foundation
import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// The app's own screens with a household whose names are attacks (OSC title and clipboard writes,
/// C1 CSI, bidi overrides, zero-width and stacked combining marks, the longest name the model allows):
/// no cell of any screen holds a character that can steer a terminal, and the Relatives screen is kept
/// as a text snapshot, so the inert forms (`^[]0;`, `<U+202E>`) are reviewed once and held.
@Suite("Hostile names on the app's screens")
struct HostileNamesTests {
    typealias F = RelativesFixtures

    static let names = [
        "\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cHduZWQ=\u{07}张",  // owner
        "李\u{202E}秀\u{202D}英\u{2066}\u{200F}",
        "\u{9B}2J\u{9D}0;x\u{9C}王",
        "张\u{200B}\u{200D}\u{FEFF}伟\u{0301}\u{0301}\u{0301}\u{0301}",
        String(repeating: "丽", count: Household.maximumNameLength),
        "秀\u{1B}[31m\u{1B}[2J\u{1B}c\u{7}\u{8}\u{7F}珍",
    ]

    static var household: Household {
        var household = F.household
        for (person, name) in zip(F.people, names) {
            household.persons[person.id] = Person(
                id: person.id, name: name, scheme: person.scheme, region: person.region, isOwner: person.isOwner)
        }
        return household
    }

    static func expectInert(_ buffer: ScreenBuffer, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<buffer.size.rows {
            for x in 0..<buffer.size.columns {
                guard let character = buffer[x, y].character else { continue }
                for scalar in character.unicodeScalars where Sanitizer.replacement(for: scalar) != nil {
                    Issue.record(
                        "\(what): cell \(x),\(y) holds U+\(String(scalar.value, radix: 16))",
                        sourceLocation: sourceLocation)
                    return
                }
            }
        }
        #expect(!buffer.text.contains("PWNED\u{07}"), sourceLocation: sourceLocation)
    }

    @Test(
        "Home, Relatives, the form, its confirmation, payer order and help: no control character in any cell, in both languages, at 80x24 and 200x60, kiosk or not"
    )
    func everyScreen() {
        var screens = 0
        for kiosk in [false, true] {
            let environment = F.environment(kiosk: kiosk)
            for language in Language.allCases {
                for size in [Size(columns: 80, rows: 24), Size(columns: 200, rows: 60)] {
                    var state = F.home(Self.household, language: language, size: size, environment: environment)
                    Self.expectInert(render(state, environment: environment), "Home")
                    F.press([.char("2")], &state, environment: environment)
                    Self.expectInert(render(state, environment: environment), "Relatives")
                    F.press([.char("a")], &state, environment: environment)
                    F.type(Self.names[0] + Self.names[1], &state, environment: environment)
                    Self.expectInert(render(state, environment: environment), "form")
                    F.press([.ctrl("c")], &state, environment: environment)
                    var payers = F.home(Self.household, language: language, size: size, environment: environment)
                    F.press([.char("3")], &payers, environment: environment)
                    Self.expectInert(render(payers, environment: environment), "Payer order")
                    F.press([.char("?")], &payers, environment: environment)
                    Self.expectInert(render(payers, environment: environment), "Help")
                    screens += 5
                }
            }
        }
        #expect(screens == 40)
    }

    @Test("the Relatives screen with hostile names, as a snapshot")
    func relativesSnapshot() {
        let environment = F.environment()
        let state = F.relatives(
            Self.household, language: .en, size: Size(columns: 80, rows: 24), environment: environment)
        let buffer = render(state, environment: environment)
        Self.expectInert(buffer, "Relatives")
        // The title bar measures the name as drawn, so the date after it is not pushed off the edge.
        #expect(buffer.lines[0].trimmingCharacters(in: .whitespaces).hasSuffix("updated 2026-01-31"), "\(buffer.lines[0])")
        assertScreen(buffer, named: "HostileNames-relatives-en-80x24")
        expectNarrowSafe(state, environment: environment, "HostileNames-relatives-en-80x24")
    }

    @Test("a short name with a hidden mark gets the columns its visible form needs, not the width of its raw text")
    func columnsFitTheDrawnName() {
        // Raw, 王\u{202E}芳 is 4 columns wide; drawn, 王<U+202E>芳 is 12: a column sized on the raw text
        // would cut the mark and the name's last character off.
        var household = F.household
        for (person, name) in zip(F.people, ["张建国", "王\u{202E}芳", "李秀", "张丽"]) {
            household.persons[person.id] = Person(
                id: person.id, name: name, scheme: person.scheme, region: person.region, isOwner: person.isOwner)
        }
        let environment = F.environment()
        let state = F.relatives(household, language: .en, size: Size(columns: 80, rows: 24), environment: environment)
        let text = render(state, environment: environment).text
        #expect(text.contains("王<U+202E>芳"), "\(text)")
    }
}
