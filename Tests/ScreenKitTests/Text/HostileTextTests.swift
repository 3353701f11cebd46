import ScreenKit
import TestSupport
import Testing

/// Names, notes and policy texts an attacker wrote (escape sequences, OSC title and clipboard writes,
/// C1 controls, bidi overrides, zero-width and stacked combining characters, enormous strings), drawn
/// by every widget: each stays inside the rectangle it was given, and no cell holds anything that can
/// steer a terminal.
@Suite("Hostile text is drawn inert and inside its box, by every widget")
struct HostileTextTests {
    static let sentinel = Cell.glyph("~", .hint)
    static let screen = Size(columns: 60, rows: 16)
    static let area = Rect(x: 7, y: 3, width: 30, height: 8)

    /// The named attacks, each as a whole string.
    static let attacks: [String] = [
        "\u{1B}]0;PWNED\u{07}王五", "\u{1B}]52;c;cHduZWQ=\u{07}张三", "\u{1B}]2;title\u{1B}\\李四", "\u{1B}[2J\u{1B}[H清屏",
        "\u{1B}[31m红\u{1B}[0m", "\u{1B}P+q544e\u{1B}\\", "\u{1B}[6n", "\u{1B}c", "\u{9B}2J\u{9B}H",
        "\u{9D}0;PWNED\u{9C}",
        "\u{90}q\u{9C}", "\u{85}next", "王\u{202E}五\u{202C}六", "\u{202D}abc\u{2066}d\u{2069}\u{200F}\u{200E}\u{061C}",
        "zero\u{200B}width\u{200C}\u{200D}\u{2060}\u{FEFF}", "line\u{2028}para\u{2029}",
        "Z\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}",
        "\u{0301}\u{0301}lead", "a\u{0}b\u{7}c\u{8}d\u{7F}e\rf\ng\th", "👨‍👩‍👧🇨🇳", "𠀀𠀁𠀂",
        String(repeating: "长", count: 5_000),
        String(repeating: "\u{1B}]0;x\u{07}", count: 500), String(repeating: "W", count: 20_000),
        "\u{E0041}\u{E007F}tag", "\u{FFFD}\u{FFFF}\u{10FFFF}\u{E000}",
    ]

    /// A seeded mix of the attacks and random mutations of them.
    static func inputs() -> [String] {
        var rng = Fuzz.generator("HostileText")
        var result = attacks
        for _ in 0..<Fuzz.iterations(default: 600) {
            result.append(Fuzz.mutate(attacks.randomElement(using: &rng)!, corpus: attacks, using: &rng))
        }
        return result
    }

    /// Every cell outside `rect` is untouched; inside, every glyph is safe for a terminal, has a width,
    /// and a wide glyph is followed by its continuation.
    static func expectConfined(
        _ buffer: ScreenBuffer, to rect: Rect, _ what: String, input: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        for y in 0..<buffer.size.rows {
            for x in 0..<buffer.size.columns {
                let cell = buffer[x, y]
                let inside = x >= rect.x && x < rect.maxX && y >= rect.y && y < rect.maxY
                if !inside {
                    guard cell == sentinel else {
                        Issue.record(
                            "\(what) wrote at \(x),\(y) outside \(rect) for \(input.prefix(60).debugDescription)",
                            sourceLocation: sourceLocation)
                        return false
                    }
                    continue
                }
                guard case .glyph(let character, _) = cell else {
                    guard x > rect.x, case .glyph(let left, _) = buffer[x - 1, y], DisplayWidth.of(left) == 2 else {
                        Issue.record(
                            "\(what): a continuation at \(x),\(y) has no wide glyph before it",
                            sourceLocation: sourceLocation)
                        return false
                    }
                    continue
                }
                for scalar in character.unicodeScalars where Sanitizer.replacement(for: scalar) != nil {
                    Issue.record(
                        "\(what): cell \(x),\(y) holds U+\(String(scalar.value, radix: 16)) for \(input.prefix(60).debugDescription)",
                        sourceLocation: sourceLocation)
                    return false
                }
                let width = DisplayWidth.of(character)
                guard width >= 1, width == 1 || x + 1 < rect.maxX && buffer[x + 1, y] == .continuation else {
                    Issue.record(
                        "\(what): cell \(x),\(y) holds \(character.debugDescription) of width \(width)",
                        sourceLocation: sourceLocation)
                    return false
                }
                let marks = character.unicodeScalars.filter { $0.properties.generalCategory == .nonspacingMark }.count
                guard marks <= Sanitizer.maxCombiningMarks + 1 else {
                    Issue.record("\(what): cell \(x),\(y) stacks \(marks) marks", sourceLocation: sourceLocation)
                    return false
                }
            }
        }
        return true
    }

    static func blank() -> ScreenBuffer { ScreenBuffer(size: screen, fill: sentinel) }

    @Test("put, with and without a width limit, keeps every cell in its span and stores no control character")
    func put() {
        var checked = 0
        for input in Self.inputs() {
            for (x, width) in [(7, 30), (-5, 20), (55, 30), (0, 0)] {
                var buffer = Self.blank()
                buffer.put(input, x: x, y: 4, maxWidth: width)
                let start = max(0, x)
                let span = Rect(x: start, y: 4, width: max(0, min(Self.screen.columns, x + width) - start), height: 1)
                guard Self.expectConfined(buffer, to: span, "put", input: input) else { return }
                checked += 1
            }
        }
        #expect(checked > 2_000)
    }

    @Test("boxes, dialogs, menus, lists, hint bars, text fields and pagers keep hostile text in their rectangles")
    func widgets() {
        let area = Self.area
        for input in Self.inputs() {
            var buffer = Self.blank()
            Box.draw(area, into: &buffer, title: input)
            guard Self.expectConfined(buffer, to: area, "Box", input: input) else { return }

            for charset in [Charset.unicode, .ascii] {
                buffer = Self.blank()
                let dialog = Dialog(
                    title: input, message: input + "\n" + input,
                    buttons: [DialogButton(key: "Y", label: input), DialogButton(key: input, label: "No")],
                    selectedButton: 0)
                dialog.draw(in: area, into: &buffer, charset: charset)
                guard Self.expectConfined(buffer, to: area, "Dialog", input: input) else { return }
            }

            buffer = Self.blank()
            Menu.draw(
                [MenuItem(key: "1", title: input, detail: input), MenuItem(key: input, title: "b")], selection: 0,
                in: area,
                into: &buffer)
            guard Self.expectConfined(buffer, to: area, "Menu", input: input) else { return }

            buffer = Self.blank()
            let list = ListView(columns: [
                Column(input), Column("Amount", width: 10, alignment: .trailing), Column(input),
            ])
            list.draw([[input, "¥1.00", input], ["王五", input, "x"]], state: ListState(), in: area, into: &buffer)
            guard Self.expectConfined(buffer, to: area, "ListView", input: input) else { return }

            buffer = Self.blank()
            HintBar.draw(
                [Hint(key: input, label: input, isEssential: true), Hint(key: "Esc", label: input)],
                in: Rect(x: area.x, y: area.y, width: area.width, height: 1), into: &buffer)
            guard
                Self.expectConfined(
                    buffer, to: Rect(x: area.x, y: area.y, width: area.width, height: 1), "HintBar", input: input)
            else { return }

            buffer = Self.blank()
            // As the app's fields are: bounded (a name field holds Household.maximumNameLength).
            var field = TextField(maxLength: 64)
            field.insert(input)
            #expect(field.text.count <= 64)
            #expect(
                field.text.allSatisfy(Sanitizer.isSafe),
                "the field took an unsafe character from \(input.prefix(40).debugDescription)")
            field.draw(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), into: &buffer, isFocused: true)
            guard
                Self.expectConfined(
                    buffer, to: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), "TextField", input: input)
            else { return }
            if let cursor = buffer.cursor {
                #expect(Rect(x: area.x, y: area.y + 1, width: area.width, height: 1).contains(cursor))
            }

            buffer = Self.blank()
            let lines = Pager.layout(
                TextBlock.parseMarkdown("# " + input + "\n\n" + input + "\n\n- " + input + "\n> " + input),
                width: area.width)
            Pager.draw(lines, state: PagerState(), in: area, into: &buffer)
            guard Self.expectConfined(buffer, to: area, "Pager", input: input) else { return }

            for line in TextWrap.lines(input, width: 12) {
                #expect(DisplayWidth.of(Sanitizer.inert(line)) <= 12 || DisplayWidth.of(line) <= 12)
            }
        }
    }

    @Test("the sanitised text of every attack holds no ESC, C1 or bidi control, and says in plain ASCII what was there")
    func sanitisedText() {
        for input in Self.inputs() {
            let shown = Sanitizer.inert(input)
            #expect(!Fuzz.containsTerminalControl(shown) && !shown.contains("\n"))
            #expect(!shown.unicodeScalars.contains { Sanitizer.replacement(for: $0) != nil })
        }
        #expect(Sanitizer.inert("\u{1B}]0;PWNED\u{07}") == "^[]0;PWNED^G")
        #expect(Sanitizer.inert("\u{1B}]52;c;cHduZWQ=\u{07}") == "^[]52;c;cHduZWQ=^G")
        #expect(Sanitizer.inert("\u{9B}2J") == "<U+009B>2J")
        #expect(Sanitizer.inert("王\u{202E}五") == "王<U+202E>五")
        // Found by a long run: a base with a run of variation selectors and marks stacked 4 deep.
        #expect(Sanitizer.inert("a\u{FE0F}\u{FE0E}\u{E0100}\u{0301}") == "a\u{FE0F}\u{0301}")
        #expect(Sanitizer.inert("✓\u{FE0E}") == "✓\u{FE0E}")
        #expect(!Sanitizer.isSafe("a\u{FE0F}\u{FE0E}"))
    }
}
