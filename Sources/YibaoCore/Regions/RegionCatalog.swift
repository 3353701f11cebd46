import Synchronization

/// Every province, prefecture and county of mainland China by its GB/T 2260 code, read from the
/// generated `Data/regions/gb2260.tsv` (its source and date are in the file's head): what a typed code
/// is called, whether it exists, the nearest real codes to a mistyped one, and type-ahead search by
/// Chinese characters, pinyin initials (`wx` → 无锡) or digits.
public struct RegionCatalog: Sendable {
    /// One place of the list.
    public struct Place: Hashable, Sendable {
        public var code: RegionCode
        /// The official name, e.g. `无锡市`, `江阴市`, `朝阳区`.
        public var name: String
        /// The English name (pinyin with a word for its kind), e.g. `Wuxi`, `Chaoyang District`.
        public var english: String
        /// Full pinyin without tones, e.g. `wuxishi`.
        public var pinyin: String
        /// Pinyin initials, e.g. `wxs`.
        public var initials: String

        public var level: Level {
            if code.code.hasSuffix("0000") { return .province }
            if code.code.hasSuffix("00") { return .prefecture }
            return .county
        }
    }

    /// How high a place stands: a province (or a municipality such as Beijing), a prefecture-level
    /// city, or a county-level place (county, district, county-level city).
    public enum Level: Int, Sendable { case province, prefecture, county }

    /// The places in code order.
    public var places: [Place] { contents.value.places }
    private let contents: Contents

    public init(places: [Place]) {
        contents = Contents(ready: Listing(places))
    }

    private init(reading text: String) {
        contents = Contents(text: text)
    }

    /// A catalog of the list `text` (as `parse` reads it), read the first time a place is asked for: the
    /// policy's load keeps the list's text, and a session that never checks or looks up a region never
    /// holds its 3,200 places (0.6 MiB; docs/performance.md, round six).
    public static func reading(_ text: String) -> RegionCatalog { RegionCatalog(reading: text) }

    /// Whether all the places have been read (tests); a place asked for by its code does not read them.
    var hasRead: Bool { contents.hasRead }

    /// No places: every well-formed code is taken as it is (a policy folder without the list).
    public static let empty = RegionCatalog(places: [])

    /// Where the list is, relative to `Data/`.
    public static let fileName = "regions/gb2260.tsv"

    /// Reads the tab-separated list (`code, name, English, pinyin, initials`; `#` lines are comments; a
    /// line may end in CR LF). Lines that are not a mainland code with a name are skipped.
    ///
    /// Read by its UTF-8 bytes: tabs and line ends are ASCII, so the columns are cut without walking the
    /// 3,200 lines character by character (160 M instructions, about 40 ms, the first time a screen or
    /// command loaded the policy; docs/performance.md, round six).
    public static func parse(_ text: String) -> RegionCatalog { RegionCatalog(places: places(in: text)) }

    /// Every place of the list `text`, in the list's order.
    fileprivate static func places(in text: String) -> [Place] {
        withBytes(of: text) { bytes in
            var places: [Place] = []
            forEachLine(of: bytes) { line in
                if let place = place(line: line, of: bytes) { places.append(place) }
            }
            return places
        }
    }

    /// `body` over the text's UTF-8 bytes, in place when the string is stored contiguously (as Swift's
    /// own strings are).
    fileprivate static func withBytes<T>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with each line of `bytes` that is not a comment, without its line end (LF or CR LF).
    fileprivate static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard bytes[lineStart] != UInt8(ascii: "#") else { continue }
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            body(lineStart..<contentEnd)
        }
    }

    /// The place on one line (`code, name, English, pinyin, initials`, cut at every tab), or nil when the
    /// line is not a mainland code with a name.
    fileprivate static func place(line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Place? {
        guard let codeEnd = codeEnd(line: line, of: bytes),
            let code = RegionCode(String(decoding: bytes[line.lowerBound..<codeEnd], as: UTF8.self))
        else { return nil }
        let columns = bytes[line].split(separator: UInt8(ascii: "\t"), maxSplits: 5, omittingEmptySubsequences: false)
        func column(_ n: Int) -> String { String(decoding: columns[n], as: UTF8.self) }
        return Place(code: code, name: column(1), english: column(2), pinyin: column(3), initials: column(4))
    }

    /// Where a line's first column (its code) ends, when the line has five columns and a name; else nil.
    fileprivate static func codeEnd(line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var tabs = 0
        var first = line.upperBound
        var second = line.upperBound
        for index in line where bytes[index] == UInt8(ascii: "\t") {
            if tabs == 0 { first = index } else if tabs == 1 { second = index }
            tabs += 1
            if tabs == 4 { break }
        }
        return tabs >= 4 && second > first + 1 ? first : nil
    }

    /// Where each code's line is in the list's bytes (the last line, when a code comes twice, as in the
    /// parsed listing): enough to name a place or say whether a code exists without making the 3,200
    /// places (0.6 MiB) or their strings. A rule page naming its places needs no more (round seven).
    fileprivate struct LineIndex: Sendable {
        /// The list, read through its UTF-8 bytes in place (no copy is kept).
        let text: String
        /// Each code (as its number) and its line.
        let lines: [Int: Range<Int>]

        init(_ text: String) {
            self.text = text
            var lines: [Int: Range<Int>] = [:]
            RegionCatalog.withBytes(of: text) { bytes in
                RegionCatalog.forEachLine(of: bytes) { line in
                    if let code = Self.code(line: line, of: bytes) { lines[code] = line }
                }
            }
            self.lines = lines
        }

        func has(_ code: String) -> Bool { Int(code).map { lines[$0] != nil } ?? false }

        func place(_ code: String) -> Place? {
            guard let number = Int(code), let line = lines[number] else { return nil }
            return RegionCatalog.withBytes(of: text) { RegionCatalog.place(line: line, of: $0) }
        }

        /// The line's code as a number when `place(line:of:)` would take the line: read from the bytes
        /// without making a string when it is six plain digits (every line of the shipped list: 4 M
        /// instructions for the whole list instead of 16 M), else as `RegionCode` reads it.
        private static func code(line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let end = RegionCatalog.codeEnd(line: line, of: bytes) else { return nil }
            let column = bytes[line.lowerBound..<end]
            if column.count == 6, let number = number(column) {
                return mainlandProvinces[number / 10_000] ? number : nil
            }
            return RegionCode(String(decoding: column, as: UTF8.self)).flatMap { Int($0.code) }
        }

        /// The digits as a number; nil if any byte is not an ASCII digit.
        private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
            var number = 0
            for byte in digits {
                let digit = byte &- UInt8(ascii: "0")
                guard digit <= 9 else { return nil }
                number = number * 10 + Int(digit)
            }
            return number
        }

        /// Whether each two-digit prefix names a mainland province (as `RegionCode` decides).
        private static let mainlandProvinces: [Bool] = (0..<100).map { prefix in
            RegionCode((prefix < 10 ? "0" : "") + String(prefix) + "0000") != nil
        }
    }

    /// The places in code order and where each code is among them.
    fileprivate struct Listing: Sendable {
        let places: [Place]
        let index: [String: Int]

        init(_ places: [Place]) {
            self.places = places.sorted { $0.code < $1.code }
            var index: [String: Int] = [:]
            for (i, place) in self.places.enumerated() { index[place.code.code] = i }
            self.index = index
        }
    }

    /// The listing, or the text it is read from the first time it is needed (once, whichever thread
    /// asks); a place asked for by its code before that is found through a `LineIndex` of the text.
    fileprivate final class Contents: Sendable {
        private enum State: Sendable {
            case text(String)
            case indexed(LineIndex)
            case read(Listing)
        }
        private let state: Mutex<State>

        init(ready listing: Listing) { state = Mutex(.read(listing)) }
        init(text: String) { state = Mutex(.text(text)) }

        var value: Listing {
            state.withLock { state in
                switch state {
                case .read(let listing): return listing
                case .text(let text): return read(text, into: &state)
                case .indexed(let index): return read(index.text, into: &state)
                }
            }
        }

        private func read(_ text: String, into state: inout State) -> Listing {
            let listing = Listing(RegionCatalog.places(in: text))
            state = .read(listing)
            return listing
        }

        /// The place with this code: from the listing once it is read, else from the text's line index.
        func place(_ code: String) -> Place? {
            withIndex({ $0.place(code) }, listing: { listing in listing.index[code].map { listing.places[$0] } })
        }

        /// Whether the list has this code, without making its place.
        func has(_ code: String) -> Bool {
            withIndex({ $0.has(code) }, listing: { $0.index[code] != nil })
        }

        var isEmpty: Bool { withIndex({ $0.lines.isEmpty }, listing: { $0.places.isEmpty }) }

        private func withIndex<T>(_ indexed: (LineIndex) -> T, listing: (Listing) -> T) -> T {
            state.withLock { state in
                switch state {
                case .read(let read): return listing(read)
                case .indexed(let index): return indexed(index)
                case .text(let text):
                    let index = LineIndex(text)
                    state = .indexed(index)
                    return indexed(index)
                }
            }
        }

        var hasRead: Bool {
            state.withLock { state in
                if case .read = state { return true }
                return false
            }
        }
    }

    public var isEmpty: Bool { contents.isEmpty }

    /// The place with this code, if the list has it.
    public func place(_ code: RegionCode) -> Place? { contents.place(code.code) }

    /// True when the code names a real place (or the list is empty, so nothing can be said).
    public func contains(_ code: RegionCode) -> Bool { isEmpty || contents.has(code.code) }

    /// The place a place belongs to: a county's prefecture (else its province), a prefecture's province.
    public func parent(of place: Place) -> Place? {
        switch place.level {
        case .province: return nil
        case .prefecture: return RegionCode(place.code.provinceCode + "0000").flatMap(self.place)
        case .county:
            return RegionCode(place.code.cityCode + "00").flatMap(self.place)
                ?? RegionCode(place.code.provinceCode + "0000").flatMap(self.place)
        }
    }

    /// The places above `place`, the province first.
    public func ancestors(of place: Place) -> [Place] {
        var chain: [Place] = []
        var current = parent(of: place)
        while let above = current {
            chain.insert(above, at: 0)
            current = parent(of: above)
        }
        return chain
    }
}
