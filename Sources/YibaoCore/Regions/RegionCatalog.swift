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
    private var index: [String: Int] { contents.value.index }
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

    /// Whether the places have been read (tests).
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
    public static func parse(_ text: String) -> RegionCatalog {
        let bytes = Array(text.utf8)
        var places: [Place] = []
        var columns: [String] = []
        columns.reserveCapacity(8)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard bytes[lineStart] != UInt8(ascii: "#") else { continue }
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            columns.removeAll(keepingCapacity: true)
            var columnStart = lineStart
            for index in lineStart...contentEnd where index == contentEnd || bytes[index] == UInt8(ascii: "\t") {
                columns.append(String(decoding: bytes[columnStart..<index], as: UTF8.self))
                columnStart = index + 1
            }
            guard columns.count >= 5, let code = RegionCode(columns[0]), !columns[1].isEmpty else { continue }
            places.append(
                Place(code: code, name: columns[1], english: columns[2], pinyin: columns[3], initials: columns[4]))
        }
        return RegionCatalog(places: places)
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

    /// The listing, or the text it is read from the first time it is needed (once, whichever thread asks).
    fileprivate final class Contents: Sendable {
        private enum State: Sendable {
            case text(String)
            case read(Listing)
        }
        private let state: Mutex<State>

        init(ready listing: Listing) { state = Mutex(.read(listing)) }
        init(text: String) { state = Mutex(.text(text)) }

        var value: Listing {
            state.withLock { state in
                switch state {
                case .read(let listing): return listing
                case .text(let text):
                    let listing = RegionCatalog.parse(text).contents.value
                    state = .read(listing)
                    return listing
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

    public var isEmpty: Bool { places.isEmpty }

    /// The place with this code, if the list has it.
    public func place(_ code: RegionCode) -> Place? { index[code.code].map { places[$0] } }

    /// True when the code names a real place (or the list is empty, so nothing can be said).
    public func contains(_ code: RegionCode) -> Bool { isEmpty || index[code.code] != nil }

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
