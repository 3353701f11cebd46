import Foundation

/// A deterministic random number generator (SplitMix64): the same seed gives the same inputs on every
/// machine, so a failure found by a fuzz test can be replayed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Bounded, seeded fuzzing for parsers and text that reaches the terminal: mutations of valid inputs
/// (byte flips, truncation, control and bidi characters, Unicode and full-width digits, huge lengths).
///
/// The suite runs `Fuzz.iterations(default:)` inputs per parser; a longer run sets
/// `YIBAO_FUZZ_ITERATIONS` (e.g. 200000) and, to explore other inputs, `YIBAO_FUZZ_SEED`.
public enum Fuzz {
    /// Inputs per parser: `YIBAO_FUZZ_ITERATIONS` when set, otherwise `standard`.
    public static func iterations(default standard: Int) -> Int {
        if let text = ProcessInfo.processInfo.environment["YIBAO_FUZZ_ITERATIONS"], let n = Int(text), n > 0 {
            return n
        }
        return standard
    }

    /// Minutes a fuzz suite may take before it counts as hung: 2 in the normal suite, more for a long
    /// run (`YIBAO_FUZZ_ITERATIONS`), about a minute per 1,000 inputs of the slowest parser.
    public static var timeLimitMinutes: Int {
        guard let text = ProcessInfo.processInfo.environment["YIBAO_FUZZ_ITERATIONS"], let n = Int(text), n > 0 else {
            return 2
        }
        return max(2, 2 + n / 1_000)
    }

    /// The seed: `YIBAO_FUZZ_SEED` when set, otherwise a fixed one (the suite is repeatable).
    public static var seed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["YIBAO_FUZZ_SEED"], let n = UInt64(text) { return n }
        return 0x59_49_42_41_4F  // "YIBAO"
    }

    /// A generator for one parser: the seed mixed with a name, so each parser gets its own stream.
    public static func generator(_ name: String) -> SeededGenerator {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return SeededGenerator(seed: seed ^ hash)
    }

    /// Pieces an attacker or a careless paste may put in any text.
    public static let hostilePieces: [String] = [
        "\u{0}", "\u{1B}", "\u{1B}[2J", "\u{1B}[H", "\u{1B}[31m", "\u{1B}]0;PWNED\u{07}", "\u{1B}]2;PWNED\u{1B}\\",
        "\u{1B}]52;c;cHduZWQ=\u{07}", "\u{1B}P+q\u{1B}\\", "\u{1B}[6n", "\u{1B}c", "\u{9B}2J", "\u{9D}0;PWNED\u{9C}",
        "\u{85}", "\u{90}", "\u{07}", "\u{08}", "\r", "\n", "\r\n", "\t", "\u{7F}", "\u{202E}", "\u{202D}", "\u{202A}",
        "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}",
        "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{0301}", "\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}", "\u{20DD}",
        "\u{FE0F}", "\u{E0041}", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}", "０", "１", "９", "ｘ", "Ｘ",
        "．", "，", "￥", "－", "（", "）", "٣", "۹", "३", "๓", "𝟗", "¹", "½", "Ⅻ", "〇", "一", "二",
        "👨‍👩‍👧", "🇨🇳", "𠀀", "ﷺ", "\u{1100}\u{1161}", "e\u{301}", " ", "\u{3000}", "\u{A0}", "-", ".", ",",
        "¥", "元", "x", "X", "'", "\"", "\\", "%", "%n", "${HOME}", "$(id)", ":", "#", "&anchor", "*anchor", "!!binary",
        "!!python/object", "[", "]", "{", "}", "|", ">", "---", "...", "?", "@", "`",
    ]

    /// `input` with one to four random mutations.
    public static func mutate(_ input: String, corpus: [String] = [], using rng: inout SeededGenerator) -> String {
        var text = input
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            text = mutateOnce(text, corpus: corpus, using: &rng)
        }
        return text
    }

    static func mutateOnce(_ input: String, corpus: [String], using rng: inout SeededGenerator) -> String {
        var scalars = Array(input.unicodeScalars)
        func position() -> Int { scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &rng) }
        switch Int.random(in: 0..<13, using: &rng) {
        case 0:  // flip a bit of one byte (invalid UTF-8 is read as U+FFFD, as a decoder would)
            var bytes = Array(input.utf8)
            guard !bytes.isEmpty else { return "\u{1B}" }
            let i = Int.random(in: 0..<bytes.count, using: &rng)
            bytes[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            return String(decoding: bytes, as: UTF8.self)
        case 1:  // set a byte to any value
            var bytes = Array(input.utf8)
            guard !bytes.isEmpty else { return "\u{0}" }
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            return String(decoding: bytes, as: UTF8.self)
        case 2:  // truncate
            guard !scalars.isEmpty else { return input }
            scalars.removeLast(Int.random(in: 1...scalars.count, using: &rng))
        case 3:  // cut from the front
            guard !scalars.isEmpty else { return input }
            scalars.removeFirst(Int.random(in: 1...scalars.count, using: &rng))
        case 4, 5:  // insert a hostile piece
            let piece = hostilePieces.randomElement(using: &rng)!
            scalars.insert(contentsOf: piece.unicodeScalars, at: position())
        case 6:  // delete a range
            guard !scalars.isEmpty else { return input }
            let start = Int.random(in: 0..<scalars.count, using: &rng)
            let end = min(scalars.count, start + Int.random(in: 1...8, using: &rng))
            scalars.removeSubrange(start..<end)
        case 7:  // huge length: repeat a slice
            guard !scalars.isEmpty else { return String(repeating: "9", count: 5_000) }
            let start = Int.random(in: 0..<scalars.count, using: &rng)
            let end = min(scalars.count, start + Int.random(in: 1...4, using: &rng))
            let slice = scalars[start..<end]
            let times = [2, 10, 100, 1_000, 5_000].randomElement(using: &rng)!
            scalars.insert(contentsOf: Array(repeating: Array(slice), count: times).joined(), at: end)
        case 8:  // ASCII digits become other digits (full-width, Arabic-Indic, Devanagari, mathematical)
            let offsets: [UInt32] = [0xFF10, 0x0660, 0x06F0, 0x0966, 0x0E50, 0x1D7CE]
            let base = offsets.randomElement(using: &rng)!
            let all = Bool.random(using: &rng)
            scalars = scalars.map { s in
                guard (0x30...0x39).contains(s.value), all || Bool.random(using: &rng) else { return s }
                return Unicode.Scalar(base + s.value - 0x30) ?? s
            }
        case 9:  // a random scalar anywhere in Unicode
            let value = UInt32.random(in: 0...0x10FFFF, using: &rng)
            scalars.insert(Unicode.Scalar(value) ?? "\u{FFFD}", at: position())
        case 10:  // swap two scalars
            guard scalars.count >= 2 else { return input }
            scalars.swapAt(
                Int.random(in: 0..<scalars.count, using: &rng), Int.random(in: 0..<scalars.count, using: &rng))
        case 11:  // splice in a piece of another valid input
            guard let other = corpus.randomElement(using: &rng), !other.isEmpty else { return input }
            let o = Array(other.unicodeScalars)
            let start = Int.random(in: 0..<o.count, using: &rng)
            let end = min(o.count, start + Int.random(in: 1...40, using: &rng))
            scalars.insert(contentsOf: o[start..<end], at: position())
        default:  // a C0 or C1 control
            let value =
                Bool.random(using: &rng)
                ? UInt32.random(in: 0...0x1F, using: &rng) : UInt32.random(in: 0x7F...0x9F, using: &rng)
            scalars.insert(Unicode.Scalar(value)!, at: position())
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Runs `body` and returns how long it took, in seconds.
    public static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// True when a message reads as words for a person, not a Swift error's description.
    public static func isWorded(_ message: String) -> Bool {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return false }
        let raw = [
            "Error Domain", "Swift.", "Optional(", "DecodingError", "YamlError", "Yams.", "Mark(", "nil)",
            "The operation could not be completed", "Fatal error", "(extension in",
        ]
        return !raw.contains { trimmed.contains($0) }
    }

    /// True when `text` holds any character that can steer a terminal (C0 but TAB/LF, DEL, C1).
    public static func containsTerminalControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x0A && s.value != 0x09) || (0x7F...0x9F).contains(s.value)
        }
    }
}
