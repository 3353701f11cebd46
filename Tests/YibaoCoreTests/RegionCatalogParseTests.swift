import Foundation
import Testing

@testable import YibaoCore

/// Issue 19 (round six): the region list is read by its UTF-8 bytes. It must read exactly what the reading
/// by characters read, and a little more (CR LF line ends).
@Suite("The region list's byte-level reading")
struct RegionCatalogParseTests {
    /// The reading this replaced: lines and columns cut character by character.
    static func byCharacters(_ text: String) -> [RegionCatalog.Place] {
        var places: [RegionCatalog.Place] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 5, let code = RegionCode(columns[0]), !columns[1].isEmpty else { continue }
            places.append(
                .init(code: code, name: columns[1], english: columns[2], pinyin: columns[3], initials: columns[4]))
        }
        return places.sorted { $0.code < $1.code }
    }

    static func realText() throws -> String {
        try String(
            contentsOf: PolicyFixture.dataDirectory.appendingPathComponent(RegionCatalog.fileName), encoding: .utf8)
    }

    @Test("the real list reads to the same 3,200 places, names and spellings as before")
    func sameAsBefore() throws {
        let text = try Self.realText()
        let places = RegionCatalog.parse(text).places
        #expect(places.count > 3_000)
        #expect(places == Self.byCharacters(text))
    }

    @Test("comments, blank lines, short lines, bad codes, empty names and a last line without its end")
    func oddLines() {
        let text = [
            "# a comment\t110000\t北京市\tBeijing\tbeijingshi\tbjs",
            "",
            "110000\t北京市\tBeijing\tbeijingshi\tbjs",
            "\t\t\t\t",
            "320200\t无锡市\tWuxi",
            "999999\t无\tNowhere\twu\tw",
            "810000\t香港\tHong Kong\txianggang\txg",
            "330300\t\tWenzhou\twenzhoushi\twzs",
            " 440300 \t深圳市\tShenzhen\tshenzhenshi\tszs\textra column",
            "",
            "310000\t上海市\tShanghai\tshanghaishi\tshs",
        ].joined(separator: "\n")
        let places = RegionCatalog.parse(text).places
        #expect(places == Self.byCharacters(text))
        #expect(places.map(\.code.code) == ["110000", "310000", "440300"])
        #expect(places.last?.initials == "szs")
    }

    @Test("a list saved with CR LF line ends reads as the same list")
    func crlf() throws {
        let text = try Self.realText()
        let windows = text.replacingOccurrences(of: "\n", with: "\r\n")
        let places = RegionCatalog.parse(windows).places
        #expect(places == RegionCatalog.parse(text).places)
        #expect(!places.contains { $0.initials.hasSuffix("\r") || $0.name.contains("\r") })
    }

    @Test("an empty list and a list of only comments give an empty catalog")
    func empty() {
        #expect(RegionCatalog.parse("").isEmpty)
        #expect(RegionCatalog.parse("# only\n# comments\n\n").isEmpty)
        #expect(RegionCatalog.parse("\n\n\n").isEmpty)
    }
}

/// The policy keeps the region list's text and reads it the first time a place is asked for.
@Suite("The region list is read when first needed")
struct RegionCatalogReadingTests {
    @Test("loading the policy does not read the list; the first question reads it, and the answers are the parse's")
    func readWhenAsked() throws {
        var files = try PolicyFixture.realFiles()
        files[RegionCatalog.fileName] = try RegionCatalogParseTests.realText()
        let book = try PolicyBook.load(files: files)
        #expect(!book.regionCatalog.hasRead)
        #expect(book.regionCatalog.contains(RegionCode("320281")!))
        // A code is looked up through the list's line index: the places are not all made for it.
        #expect(!book.regionCatalog.hasRead)
        #expect(book.regionCatalog.name(RegionCode("370200")!) == LocalizedText(zh: "青岛市", en: "Qingdao"))
        #expect(!book.regionCatalog.hasRead)
        #expect(!book.regionCatalog.isEmpty)
        #expect(!book.regionCatalog.hasRead)
        #expect(book.regionCatalog.places.count > 3_000)
        #expect(book.regionCatalog.hasRead)
        let parsed = RegionCatalog.parse(files[RegionCatalog.fileName]!)
        #expect(book.regionCatalog.places == parsed.places)
        #expect(book.regionCatalog.place(RegionCode("110105")!)?.name == "朝阳区")
        #expect(!book.regionCatalog.contains(RegionCode("110199")!))
    }

    @Test("many threads asking at once read the list once and all get the same places")
    func concurrentFirstQuestions() async throws {
        let catalog = RegionCatalog.reading(try RegionCatalogParseTests.realText())
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { catalog.places.count } }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(counts).count == 1 && counts.first! > 3_000)
    }

    @Test("every code, looked up before the list is read, gives the parse's place; unknown codes none")
    func lookUpBeforeReading() throws {
        let text = try RegionCatalogParseTests.realText()
        let parsed = RegionCatalog.parse(text)
        let lookedUp = RegionCatalog.reading(text)
        for place in parsed.places {
            #expect(lookedUp.place(place.code) == place)
            #expect(lookedUp.words(place.code) == parsed.words(place.code))
        }
        for code in ["110199", "320299", "999999", "810000", "110000"].compactMap(RegionCode.init) {
            #expect(lookedUp.place(code) == parsed.place(code))
            #expect(lookedUp.contains(code) == parsed.contains(code))
        }
        #expect(!lookedUp.hasRead)
        // Once read, the same answers come from the listing.
        #expect(lookedUp.places == parsed.places)
        #expect(lookedUp.hasRead)
        #expect(lookedUp.place(RegionCode("320200")!) == parsed.place(RegionCode("320200")!))
    }

    @Test("odd lines and CR LF: the look-up skips what the parse skips and takes a code's last good line")
    func lookUpOddLines() {
        let lines = [
            "# 110000\t北京市\tBeijing\tbeijingshi\tbjs",
            "110000\t北京市\tBeijing\tbeijingshi\tbjs",
            "320200\t无锡市\tWuxi",
            "330300\t\tWenzhou\twenzhoushi\twzs",
            " 440300 \t深圳市\tShenzhen\tshenzhenshi\tszs\textra column",
            "310000\t上海市\tShanghai\tshanghaishi\tshs",
            "310000\t上海\tShanghai City\tshanghai\tsh",
            "310000\t\tbroken\tx\tx",
            "810000\t香港\tHong Kong\txianggang\txg",
            "32020a\t坏码\tBad\tbad\tb",
            "990100\t无省\tNo province\twu\tw",
            "320281\t江阴市\tJiangyin\tjiangyinshi",
            "320281\t江阴市\tJiangyin\tjiangyinshi\tjys",
        ]
        for separator in ["\n", "\r\n"] {
            let text = lines.joined(separator: separator)
            let parsed = RegionCatalog.parse(text)
            let lookedUp = RegionCatalog.reading(text)
            for code in ["110000", "320200", "330300", "440300", "310000", "810000", "320281", "990100"] {
                let regionCode = RegionCode(code)
                #expect(regionCode.flatMap(lookedUp.place) == regionCode.flatMap(parsed.place), "\(code)")
            }
            #expect(lookedUp.place(RegionCode("310000")!)?.english == "Shanghai City")
            #expect(lookedUp.place(RegionCode("440300")!)?.initials == "szs")
            #expect(lookedUp.place(RegionCode("110000")!)?.initials == "bjs")
            #expect(lookedUp.place(RegionCode("320281")!)?.initials == "jys")
            #expect(!lookedUp.hasRead)
        }
        #expect(RegionCatalog.reading("# nothing\n").isEmpty)
        #expect(!RegionCatalog.reading("# nothing\n").hasRead)
    }

    @Test("a list with no places read later is empty, as a parsed one is")
    func emptyLater() {
        #expect(RegionCatalog.reading("# nothing\n").isEmpty)
        #expect(RegionCatalog.reading("").contains(RegionCode("320281")!))
    }
}
